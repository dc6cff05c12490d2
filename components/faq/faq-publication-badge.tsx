export function FaqPublicationBadge({ published }: { published: boolean }) {
  return published ? (
    <span className="inline-block rounded-full bg-green-100 px-2.5 py-0.5 text-xs font-semibold text-green-900">Publié</span>
  ) : (
    <span className="inline-block rounded-full bg-slate-200 px-2.5 py-0.5 text-xs font-semibold text-slate-800">Brouillon</span>
  );
}
