import type { ReactNode } from 'react';
import { ScrollRegion } from './scroll-region';

const CAPTIONS = {
  // A heading above already names the table on screen; assistive technologies still hear it.
  hidden: 'sr-only',
  label: 'mb-2 text-left font-semibold text-slate-800',
  title: 'mb-2 text-left text-lg font-semibold',
} as const;

// The last column keeps no gutter on its right.
const CELL = 'py-2 pr-4 last:pr-0';

const join = (...classes: Array<string | undefined>) => classes.filter(Boolean).join(' ');

interface TableProps {
  caption?: ReactNode;
  captionStyle?: keyof typeof CAPTIONS;
  /** The column headers (`<th scope="col">`), in order. */
  columns: readonly ReactNode[];
  /** Shown across every column in place of the rows, when there are none. */
  empty?: ReactNode;
  /** The rows: `Row`s of `RowHeader` and `Cell`s. */
  children?: ReactNode;
}

/** A data table, scrolling sideways on a narrow screen, its columns and rows headed (RGAA 5). */
export function Table({ caption, captionStyle = 'label', columns, empty, children }: TableProps) {
  return (
    <ScrollRegion label={typeof caption === 'string' ? `${caption} (défile horizontalement)` : 'Tableau (défile horizontalement)'}>
      <table className="w-full text-left text-sm">
        {caption && <caption className={CAPTIONS[captionStyle]}>{caption}</caption>}
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={CELL}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {empty ? (
            <tr>
              <td colSpan={columns.length} className="py-3 text-slate-700">
                {empty}
              </td>
            </tr>
          ) : (
            children
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function Row({ className, children }: { className?: string; children: ReactNode }) {
  return <tr className={join('border-b border-slate-200 align-top', className)}>{children}</tr>;
}

/** The cell that names its row (`<th scope="row">`). */
export function RowHeader({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <th scope="row" className={join(CELL, 'font-medium', className)}>
      {children}
    </th>
  );
}

export function Cell({ className, children }: { className?: string; children?: ReactNode }) {
  return <td className={join(CELL, className)}>{children}</td>;
}
