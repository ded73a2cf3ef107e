import { describe, expect, it } from 'vitest';
import { fieldsWithNul, formDataToObject, keptValues } from './form-data';

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe('form data to object', () => {
  it('collects names ending in [] into arrays and drops Next’s own fields', () => {
    expect({ ...formDataToObject(formData([['a', '1'], ['b[]', 'x'], ['b[]', 'y'], ['$ACTION_ID_1', '']])) }).toEqual({ a: '1', b: ['x', 'y'] });
  });

  it('keeps prototype names as ordinary keys, so strict schemas see and refuse them', () => {
    for (const key of ['__proto__', '__proto__[]', 'constructor', 'constructor[]', 'toString[]', 'hasOwnProperty[]']) {
      const object = formDataToObject(formData([[key, 'x']]));
      expect(Object.keys(object)).toEqual([key.replace('[]', '')]);
    }
    expect(Object.getPrototypeOf(formDataToObject(formData([['__proto__[]', 'x']])))).toBeNull();
  });

  it('names the fields holding a NUL character', () => {
    expect(fieldsWithNul(formDataToObject(formData([['note', 'a\u0000b'], ['ok', 'fine'], ['list[]', 'x'], ['list[]', '\u0000']])))).toEqual(['note', 'list']);
  });
});

describe('kept values', () => {
  it('hands back what was typed, never a password, a token, the idempotency key or Next’s own fields', () => {
    const object = formDataToObject(
      formData([
        ['email', 'a@example.test'],
        ['password', 'secret-1'],
        ['newPassword', 'secret-2'],
        ['confirm', 'secret-3'],
        ['token', 't'],
        ['idempotencyKey', 'k'],
        ['$ACTION_REF_1', ''],
        ['painBefore', '3'],
        ['exercises[]', 'a'],
        ['exercises[]', 'b'],
      ]),
    );
    expect(keptValues(object)).toEqual({ email: 'a@example.test', painBefore: '3', exercises: ['a', 'b'] });
  });

  it('drops NUL characters and a __proto__ field', () => {
    const kept = keptValues(formDataToObject(formData([['note', 'a\u0000b'], ['__proto__', 'x']])));
    expect(kept).toEqual({ note: 'ab' });
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
  });
});
