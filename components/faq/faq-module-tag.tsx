/** The category of an article, as a tag. */
export function FaqModuleTag({ module }: { module: string }) {
  return <span className="inline-block rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-semibold text-brand-900">{module}</span>;
}
