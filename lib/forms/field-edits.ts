/**
 * The errors a form shows once the person starts fixing it (RGAA 11.10): the server's answer,
 * then what the page learnt since, field by field — a message when the field is still wrong, null
 * when it became right. An error is about a field when its key is the field's, below it ("modules"
 * and "modules.0") or above it (the range "hours.1.0" of the field "hours.1.0.start"), as the
 * schemas name their issues; a repeated field's "[]" is not part of its key.
 */
export type FieldEdits = Readonly<Record<string, string | null>>;

function covers(name: string, key: string): boolean {
  const field = name.replace(/\[\]$/, '');
  return key === field || key.startsWith(`${field}.`) || (key !== '' && field.startsWith(`${key}.`));
}

/** Whether `field` shows an error among these. */
export function hasFieldError(errors: Readonly<Record<string, string>>, field: string): boolean {
  return Object.keys(errors).some((key) => covers(field, key));
}

/** The server's errors with the page's edits applied. */
export function applyFieldEdits(server: Readonly<Record<string, string>>, edits: FieldEdits): Record<string, string> {
  const errors: Record<string, string> = { ...server };
  for (const [field, message] of Object.entries(edits)) {
    for (const key of Object.keys(errors)) if (covers(field, key)) delete errors[key];
    if (message !== null) errors[field] = message;
  }
  return errors;
}

/** The first message a schema gives about `field`, or null when it has nothing to say about it. */
export function fieldMessage(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>, field: string): string | null {
  return issues.find((issue) => covers(field, issue.path.map(String).join('.')))?.message ?? null;
}
