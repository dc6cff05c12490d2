/**
 * What a server operation refuses, in French for the person who asked. Actions and routes map
 * it to a form state or an HTTP status (invalid 422, forbidden 403, not found 404, conflict 409).
 */
export type ServiceErrorKind = 'invalid' | 'forbidden' | 'not_found' | 'conflict';

export class ServiceError extends Error {
  constructor(
    readonly kind: ServiceErrorKind,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
