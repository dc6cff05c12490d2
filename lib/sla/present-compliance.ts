import { formatShare } from '@/lib/format/percent';
import { frenchList } from '@/lib/format/french-list';
import { PICKUP_COMPLIANCE_TARGET, type PickupCompliance } from './pickup-compliance';

export interface CompliancePresentation {
  /** "83,3 %", or null while nothing is counted yet. */
  rate: string | null;
  /** "75 %". */
  target: string;
  /** "83,3 % des demandes prises en charge dans le délai (5 sur 6) : objectif tenu." */
  verdict: string;
  /** "5 prises en charge dans le délai, 1 hors délai, 2 en attente de prise en charge (pas encore comptées)". */
  counts: string;
  /** The Demandes a manager took out of the ratio, shown apart: "1 demande retirée du calcul par le support…", or null. */
  excluded: string | null;
}

/** §13 in the words of the clocks: the pickup rate of a period against its 75 % target, for the portal and the console. */
export function presentPickupCompliance(compliance: PickupCompliance): CompliancePresentation {
  const { met, breached, pending, cancelled, excluded, rate, compliant } = compliance;
  const decided = met + breached;
  const shownRate = rate === null ? null : formatShare(rate);
  const counts = [
    `${met} prise${s(met)} en charge dans le délai`,
    `${breached} hors délai`,
    ...(pending > 0 ? [`${pending} en attente de prise en charge (pas encore comptée${s(pending)})`] : []),
    ...(cancelled > 0 ? [`${cancelled} annulée${s(cancelled)} avant l’échéance (non comptée${s(cancelled)})`] : []),
  ];
  return {
    rate: shownRate,
    target: formatShare(PICKUP_COMPLIANCE_TARGET),
    verdict:
      shownRate === null
        ? 'Aucune demande de la période n’est encore comptée : elles le sont une fois prises en charge, ou hors délai.'
        : `${shownRate} des demandes prises en charge dans le délai (${met} sur ${decided}) : objectif ${compliant ? 'tenu' : 'non tenu'}.`,
    counts: frenchList(counts),
    excluded:
      excluded === 0
        ? null
        : `${excluded} demande${s(excluded)} retirée${s(excluded)} du calcul par le support, le client n’ayant pas rempli ses obligations (§13) : le motif est indiqué sur ${excluded > 1 ? 'chacune' : 'la demande'}.`,
  };
}

function s(count: number): string {
  return count > 1 ? 's' : '';
}
