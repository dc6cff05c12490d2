import type { ReactNode, Ref } from 'react';

type Tone = 'error' | 'info' | 'success';

const TONES: Record<Tone, string> = {
  error: 'border-red-700 bg-red-50 text-red-900',
  info: 'border-brand-700 bg-brand-50 text-brand-900',
  success: 'border-green-700 bg-green-50 text-green-900',
};

interface AlertProps {
  tone?: Tone;
  children: ReactNode;
  /** To move focus onto it (with `tabIndex={-1}`), as a form does with its error summary. */
  ref?: Ref<HTMLDivElement>;
  tabIndex?: number;
}

/** A message block; errors interrupt screen readers (role=alert), the rest are polite status messages. */
export function Alert({ tone = 'info', children, ref, tabIndex }: AlertProps) {
  return (
    <div
      ref={ref}
      tabIndex={tabIndex}
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded-md border-l-4 px-4 py-3 text-sm focus:outline-2 focus:outline-offset-2 focus:outline-current ${TONES[tone]}`}
    >
      {children}
    </div>
  );
}
