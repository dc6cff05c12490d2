'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';

/** Where the browser reports a page view: the server keeps its route pattern only (§17). */
export const PAGE_VIEW_ENDPOINT = '/api/rapports/vues';

/**
 * §17: counts each page shown in the portal and the console, on arrival and at each navigation.
 * The browser sends the path (no query string); the server turns it into its route pattern
 * (`/demandes/[reference]`) and adds one to that day's count, keeping nothing else.
 */
export function PageViewBeacon() {
  const pathname = usePathname();
  useEffect(() => {
    const body = new Blob([pathname], { type: 'text/plain' });
    if (!navigator.sendBeacon?.(PAGE_VIEW_ENDPOINT, body)) {
      void fetch(PAGE_VIEW_ENDPOINT, { method: 'POST', body, keepalive: true, credentials: 'same-origin' }).catch(() => undefined);
    }
  }, [pathname]);
  return null;
}
