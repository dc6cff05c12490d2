/**
 * A form's fields as an object, as its schema reads them: repeated names become arrays (and a
 * name ending in "[]" always does); files stay File objects. Used by the server actions and by
 * the browser, so a field is checked again in the page exactly as the server checks it.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = formData.getAll(key);
    object[key] = values.length > 1 || key.endsWith('[]') ? values : values[0];
  }
  return object;
}
