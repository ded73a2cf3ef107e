import { describe, expect, it } from 'vitest';
import { fieldsWithNul, formDataToObject } from './form-data';

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
