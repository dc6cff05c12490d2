import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A server action of the production build, by its file and exported name. */
export interface ActionRef {
  id: string;
  name: string;
}

interface Manifest {
  node: Record<string, { filename: string; exportedName: string }>;
}

/** Finds a server action's id in the build's manifest, as the browser's bundle knows it. */
export function serverAction(filename: string, exportedName: string): ActionRef {
  const manifest = JSON.parse(readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as Manifest;
  const id = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`Action ${exportedName} de ${filename} absente de la construction.`);
  return { id, name: exportedName };
}

export type ActionOutcome =
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'state'; status: number; state: 'success' | 'error'; message: string }
  | { kind: 'failure'; status: number; detail: string };

export type SignInOutcome = 'signed-in' | 'throttled' | 'refused';

export type Field = string | File;

/**
 * A person's browser, reduced to HTTP: its cookies, the sign-in form of next-auth, pages, and
 * server actions called exactly as the page's JavaScript calls them (a POST with the action's id
 * in `Next-Action` and the form's fields encoded as React encodes them).
 */
export class Visitor {
  private readonly cookies: Map<string, string>;

  constructor(
    readonly baseUrl: string,
    cookies?: Map<string, string>,
  ) {
    this.cookies = new Map(cookies);
  }

  /** The same browser (the same session cookie) sent to another instance, as a load balancer would. */
  on(baseUrl: string): Visitor {
    return new Visitor(baseUrl, this.cookies);
  }

  async fetch(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(new URL(pathname, this.baseUrl), { ...init, headers, redirect: 'manual', signal: init.signal ?? AbortSignal.timeout(60_000) });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async signIn(email: string, password: string): Promise<SignInOutcome> {
    const csrf = (await (await this.fetch('/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await this.fetch('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.baseUrl },
      body: new URLSearchParams({ email, password, csrfToken: csrf.csrfToken, callbackUrl: this.baseUrl, json: 'true' }),
    });
    const { url } = (await response.json()) as { url: string };
    const error = new URL(url, this.baseUrl).searchParams.get('error');
    if (!error) return 'signed-in';
    return error.startsWith('throttled') ? 'throttled' : 'refused';
  }

  async page(pathname: string): Promise<{ status: number; html: string }> {
    const response = await this.fetch(pathname);
    return { status: response.status, html: await response.text() };
  }

  /** Calls a `useActionState` action (previous state, form data) from the page at `pathname`. */
  async action(pathname: string, action: ActionRef, fields: Array<[string, Field]>): Promise<ActionOutcome> {
    const body = new FormData();
    // React 19.2's reply encoding: the FormData argument as parts prefixed "_1_", then the argument
    // list in part 0 — last, as the server decodes the stream as it arrives.
    for (const [name, value] of fields) body.append(`_1_${name}`, value);
    body.set('0', JSON.stringify([{ status: 'idle' }, '$K1']));
    const response = await this.fetch(pathname, {
      method: 'POST',
      headers: { 'next-action': action.id, accept: 'text/x-component', origin: this.baseUrl },
      body,
    });
    // A redirect from the action (e.g. to a Demande's confirmation page) comes back in this header,
    // as the page's JavaScript receives it; a form posted without JavaScript would get a 303 instead.
    const redirect = response.headers.get('x-action-redirect');
    const text = await response.text();
    if (redirect) return { kind: 'redirect', status: response.status, location: redirect.split(';')[0]! };
    const state = /"status":"(success|error)"(?:,"message":"((?:[^"\\]|\\.)*)")?/.exec(text);
    if (response.status === 200 && state) return { kind: 'state', status: 200, state: state[1] as 'success' | 'error', message: state[2] ?? '' };
    return { kind: 'failure', status: response.status, detail: text.slice(0, 300) };
  }
}

/** The value of a hidden field of a page's form, e.g. the Demande's id on its page. */
export function hiddenField(html: string, name: string): string | undefined {
  return (
    new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html)?.[1] ?? new RegExp(`<input[^>]*value="([^"]*)"[^>]*name="${name}"`).exec(html)?.[1]
  );
}
