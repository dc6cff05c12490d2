// Types of scripts/http-guard.mjs (plain JavaScript, run by node without a build) for its tests.
export function newNonce(): string;
export function contentSecurityPolicy(nonce: string, options: { https: boolean }): string;
export const PERMISSIONS_POLICY: string;
export function securityHeaders(options: { nonce: string; https: boolean }): Array<[string, string]>;
export function believedHeaders<H extends Record<string, string | string[] | undefined>>(
  headers: H,
  options: { trustProxy: boolean; peer: string },
): Record<string, string | string[] | undefined>;
export function originAllowed(request: {
  method: string | undefined;
  origin: string | string[] | undefined;
  host: string | undefined;
  publicUrl: string;
}): boolean;
export function decodablePath(url: string): string;
export const FORBIDDEN_ORIGIN_MESSAGE: string;
