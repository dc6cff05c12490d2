/** A schema's issues as the form shows them: the first French message of each field ('_' for the form). */
export function fieldErrorsOf(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) fieldErrors[issue.path.map(String).join('.') || '_'] ??= issue.message;
  return fieldErrors;
}

export const FIELDS_TO_CORRECT = 'Certains champs sont à corriger.';
