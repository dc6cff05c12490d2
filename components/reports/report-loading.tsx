/** What a reports page shows while its figures are counted. */
export function ReportLoading() {
  return (
    <div className="flex flex-col gap-6" role="status">
      <h1 className="text-2xl font-bold">Rapports</h1>
      <p className="text-slate-700">Calcul des chiffres en cours…</p>
    </div>
  );
}
