/**
 * Turns submitted form fields into a plain object for a zod schema. A name ending in "[]" collects
 * every value into an array; the internal $ACTION_ fields Next adds are dropped.
 *
 * The object has no prototype: a field named "__proto__" or "constructor" (with or without "[]") is an
 * ordinary own key, which the strict schemas then refuse, instead of reaching Object.prototype.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = Object.create(null);
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (typeof value !== 'string') continue;
    if (key.endsWith('[]')) {
      const name = key.slice(0, -2);
      const earlier = object[name];
      object[name] = [...(Array.isArray(earlier) ? earlier : []), value];
    } else {
      object[key] = value;
    }
  }
  return object;
}

/** The fields whose text holds a NUL character, which PostgreSQL cannot store in a text column. */
export function fieldsWithNul(object: Record<string, unknown>): string[] {
  return Object.keys(object).filter((key) => {
    const value = object[key];
    return (Array.isArray(value) ? value : [value]).some((item) => typeof item === 'string' && item.includes('\u0000'));
  });
}
