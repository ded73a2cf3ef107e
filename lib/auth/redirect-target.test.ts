import { describe, expect, it } from 'vitest';
import { sameOriginPath } from './redirect-target';

const ORIGIN = 'http://localhost:3100';

describe('redirect targets after sign-in', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(sameOriginPath('/runner/log?date=2026-12-01#pain', ORIGIN)).toBe('/runner/log?date=2026-12-01#pain');
    expect(sameOriginPath('http://localhost:3100/admin', ORIGIN)).toBe('/admin');
    expect(sameOriginPath('/%09/evil.example', ORIGIN)).toBe('/%09/evil.example');
  });

  it('refuses every target a browser would follow to another site', () => {
    for (const target of [
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '//evil.example',
      '/.//evil.example',
      '/..//evil.example',
      '\\\\evil.example',
      'https://evil.example/runner',
      'https://localhost:3100/runner',
      'javascript:alert(1)',
      'data:text/html,hi',
    ]) {
      expect(sameOriginPath(target, ORIGIN), target).toBe('/');
    }
  });

  it('answers the fallback for a missing or unparsable target', () => {
    expect(sameOriginPath(undefined, ORIGIN)).toBe('/');
    expect(sameOriginPath('', ORIGIN, '/login')).toBe('/login');
    expect(sameOriginPath('/runner', 'not an origin')).toBe('/');
  });
});
