import type { ClockDisplayState } from '@/lib/sla';

/** The colours of a clock's state, the same in the portal and the console; the words always say it too. */
export const CLOCK_TONES: Readonly<Record<ClockDisplayState, { text: string; box: string; bar: string }>> = {
  on_time: { text: 'text-green-800', box: 'border-green-700 bg-green-50 text-green-900', bar: 'bg-green-700' },
  at_risk: { text: 'text-amber-800', box: 'border-amber-600 bg-amber-50 text-amber-900', bar: 'bg-amber-500' },
  overdue: { text: 'text-red-800', box: 'border-red-700 bg-red-50 text-red-900', bar: 'bg-red-700' },
  waiting_client: { text: 'text-slate-700', box: 'border-slate-500 bg-slate-50 text-slate-800', bar: 'bg-slate-500' },
  support_suspended: { text: 'text-slate-700', box: 'border-slate-500 bg-slate-50 text-slate-800', bar: 'bg-slate-500' },
  met: { text: 'text-green-800', box: 'border-green-700 bg-white text-green-900', bar: 'bg-green-700' },
  breached: { text: 'text-red-800', box: 'border-red-700 bg-white text-red-900', bar: 'bg-red-700' },
  superseded: { text: 'text-slate-700', box: 'border-slate-400 bg-white text-slate-700', bar: 'bg-slate-400' },
  cancelled: { text: 'text-slate-700', box: 'border-slate-400 bg-white text-slate-700', bar: 'bg-slate-400' },
};
