import { readFileSync } from 'node:fs';
import path from 'node:path';
import { request as playwrightRequest, type APIRequestContext, type APIResponse } from '@playwright/test';
import { storageStateOf, type PersonaName } from '../fixtures/personas';

// HTTP as a browser speaks it, for the security specs: pages and routes without following
// redirects, and server actions called the way Next.js's client calls them (a POST to a page
// with the action's id in `Next-Action`, its arguments encoded as React encodes them).

export const BASE_URL = `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`;

/** Who asks: nobody, one of the personas. */
export type Visitor = 'anonymous' | PersonaName;

export function contextFor(visitor: Visitor, extraHTTPHeaders?: Record<string, string>): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL: BASE_URL,
    storageState: visitor === 'anonymous' ? undefined : storageStateOf(visitor),
    extraHTTPHeaders,
  });
}

interface ReferenceManifest {
  node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
}

/** The production build's server actions: `file#export` → id and the pages that hold it. */
export function buildActions(): Map<string, { id: string; pages: string[] }> {
  const manifest = JSON.parse(readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as ReferenceManifest;
  return new Map(
    Object.entries(manifest.node).map(([id, entry]) => [
      `${entry.filename}#${entry.exportedName}`,
      { id, pages: Object.keys(entry.workers).map(routeOfWorker) },
    ]),
  );
}

/** The production build's pages and route handlers, as route patterns (`/demandes/[reference]`). */
export function buildRoutes(): string[] {
  const manifest = JSON.parse(readFileSync(path.join('.next', 'app-path-routes-manifest.json'), 'utf8')) as Record<string, string>;
  return [...new Set(Object.values(manifest))].filter((route) => !['/_not-found', '/_global-error'].includes(route)).sort();
}

/** 'app/(portal)/demandes/[reference]/page' → '/demandes/[reference]'. */
function routeOfWorker(worker: string): string {
  const route = worker
    .replace(/^app/, '')
    .replace(/\/(page|route)$/, '')
    .split('/')
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .join('/');
  return `/${route}`;
}

export type Answer =
  { kind: 'allowed'; status: number } | { kind: 'sign-in' } | { kind: 'redirect'; location: string } | { kind: 'status'; status: number; streamed?: boolean };

/** How a page or route answered, without following a redirect. */
export async function answerOf(response: APIResponse): Promise<Answer> {
  const status = response.status();
  const location = response.headers()['location'];
  if (status >= 300 && status < 400 && location)
    return location.startsWith('/connexion') || new URL(location, BASE_URL).pathname === '/connexion' ? { kind: 'sign-in' } : { kind: 'redirect', location };
  if (status === 200 || status === 204) return { kind: 'allowed', status };
  return { kind: 'status', status };
}

export type ActionField = string | { name: string; mimeType: string; buffer: Buffer };

export interface ActionAnswer {
  response: APIResponse;
  /** allowed: the action ran (and answered with a form state); otherwise the refusal. */
  answer: Answer;
  /** The form state's message, when the action answered one. */
  message?: string;
  status?: 'success' | 'error';
}

/** Calls a `useActionState` action (previous state, form data) from the page at `pagePath`. */
export async function callAction(
  context: APIRequestContext,
  pagePath: string,
  actionId: string,
  fields: Array<[string, ActionField]> = [],
  headers: Record<string, string> = { origin: BASE_URL },
): Promise<ActionAnswer> {
  const multipart = new FormData();
  // React 19's reply encoding: the FormData argument as parts prefixed "_1_", then the argument list in part 0.
  for (const [name, value] of fields) {
    if (typeof value === 'string') multipart.append(`_1_${name}`, value);
    else multipart.append(`_1_${name}`, new Blob([new Uint8Array(value.buffer)], { type: value.mimeType }), value.name);
  }
  multipart.append('0', JSON.stringify([{ status: 'idle' }, '$K1']));
  const response = await context.post(pagePath, {
    headers: { 'next-action': actionId, accept: 'text/x-component', ...headers },
    multipart,
    maxRedirects: 0,
  });
  const redirect = response.headers()['x-action-redirect'];
  if (redirect) {
    const location = redirect.split(';')[0]!;
    return { response, answer: location.startsWith('/connexion') ? { kind: 'sign-in' } : { kind: 'redirect', location } };
  }
  const text = await response.text();
  // An interrupt inside the action (forbidden(), notFound()) travels in the flight as an error with its digest.
  const interrupt = /E\{"digest":"NEXT_HTTP_ERROR_FALLBACK;(\d{3})"/.exec(text);
  if (interrupt) return { response, answer: { kind: 'status', status: Number(interrupt[1]) } };
  if (/E\{"digest":"\d+"/.test(text)) return { response, answer: { kind: 'status', status: 500 } };
  const state = /"status":"(success|error)"(?:,"message":"((?:[^"\\]|\\.)*)")?/.exec(text);
  if (response.status() === 200 && state) {
    return {
      response,
      answer: { kind: 'allowed', status: 200 },
      status: state[1] as 'success' | 'error',
      message: state[2] ? (JSON.parse(`"${state[2]}"`) as string) : '',
    };
  }
  return { response, answer: response.status() === 200 ? { kind: 'allowed', status: 200 } : { kind: 'status', status: response.status() } };
}

export async function pageHtml(context: APIRequestContext, url: string): Promise<string> {
  const response = await context.get(url);
  if (response.status() !== 200) throw new Error(`${url} : ${response.status()}`);
  return response.text();
}
