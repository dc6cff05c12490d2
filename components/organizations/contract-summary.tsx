import { formatDate, zoneName } from '@/lib/format/french-date';

interface ContractSummaryProps {
  modules: string[];
  namedUserLimit: number;
  activeUsers: number;
  supportStartDate: string;
  timeZone: string;
}

export function ContractSummary({ modules, namedUserLimit, activeUsers, supportStartDate, timeZone }: ContractSummaryProps) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      <div>
        <dt className="text-sm font-semibold text-slate-700">Modules du contrat</dt>
        <dd>
          <ul className="mt-1 flex flex-wrap gap-2">
            {modules.map((module) => (
              <li key={module} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-900">
                {module}
              </li>
            ))}
          </ul>
        </dd>
      </div>
      <div>
        <dt className="text-sm font-semibold text-slate-700">Utilisateurs nommés actifs</dt>
        <dd>
          {activeUsers} sur {namedUserLimit}
        </dd>
      </div>
      <div>
        <dt className="text-sm font-semibold text-slate-700">Support fourni depuis le</dt>
        <dd>{formatDate(supportStartDate)}</dd>
      </div>
      <div>
        <dt className="text-sm font-semibold text-slate-700">Fuseau horaire</dt>
        <dd>{zoneName(timeZone)}</dd>
      </div>
    </dl>
  );
}
