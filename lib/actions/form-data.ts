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

/** Never sent back to the browser in a form's answer: passwords, one-time tokens, the server's own keys. */
const NOT_KEPT = /password|^confirm$|^token$|^idempotencyKey$/i;

/**
 * The submitted values to show in the form again after a refusal: everything typed, minus secrets and Next's own
 * fields (already dropped by formDataToObject), with NUL characters removed (the field error says why).
 */
export function keptValues(object: Record<string, unknown>): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const key of Object.keys(object)) {
    if (NOT_KEPT.test(key) || key === '__proto__') continue;
    const value = object[key];
    if (typeof value === 'string') kept[key] = value.replaceAll('\u0000', '');
    else if (Array.isArray(value)) kept[key] = value.filter((item): item is string => typeof item === 'string').map((item) => item.replaceAll('\u0000', ''));
  }
  return kept;
}
