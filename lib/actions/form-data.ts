/**
 * Turns submitted form fields into a plain object for a zod schema. A name ending in "[]" collects
 * every value into an array; the internal $ACTION_ fields Next adds are dropped.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (typeof value !== 'string') continue;
    if (key.endsWith('[]')) {
      const name = key.slice(0, -2);
      object[name] = [...((object[name] as string[] | undefined) ?? []), value];
    } else {
      object[key] = value;
    }
  }
  return object;
}
