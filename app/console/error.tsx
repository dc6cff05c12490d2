'use client';

import { ErrorPanel } from '@/components/shell/error-panel';

export default function ConsoleError({ reset }: { error: Error; reset: () => void }) {
  return <ErrorPanel reset={reset} />;
}
