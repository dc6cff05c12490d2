'use client';

import { ErrorPanel } from '@/components/shell/error-panel';

export default function StatusError({ reset }: { error: Error; reset: () => void }) {
  return <ErrorPanel reset={reset} />;
}
