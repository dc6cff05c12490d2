/** The two fills of the reports' bars: solid for "dans le délai", hatched for "hors délai" — told apart without colour. */
export type BarFill = 'met' | 'breached';

export const BAR_COLOURS: Record<BarFill, string> = { met: '#1f4e96', breached: '#b91c1c' };

/** The hatching of a "hors délai" bar, defined in each SVG that uses it. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="#ffffff" />
      <line x1="0" y1="0" x2="0" y2="6" stroke={BAR_COLOURS.breached} strokeWidth="3" />
    </pattern>
  );
}

/** A legend's sample of a fill. */
export function BarSwatch({ fill, id }: { fill: BarFill; id: string }) {
  return (
    <svg width="16" height="16" aria-hidden="true" className="shrink-0">
      {fill === 'breached' && (
        <defs>
          <HatchPattern id={id} />
        </defs>
      )}
      <rect x="0.5" y="0.5" width="15" height="15" fill={fill === 'met' ? BAR_COLOURS.met : `url(#${id})`} stroke={BAR_COLOURS[fill]} />
    </svg>
  );
}
