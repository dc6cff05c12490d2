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

/** Parses input with a zod schema, or refuses it with the schema's French messages per field. */
export function parseInput<T>(
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } },
  input: unknown,
): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.') || '_';
    fieldErrors[field] ??= issue.message;
  }
  throw new ServiceError('invalid', 'Certains champs sont à corriger.', fieldErrors);
}
