import { describe, expect, it } from 'vitest';
import { caseloadHref, parseCaseloadQuery } from './caseload-query';

describe('the caseload query string', () => {
  it('reads search, phase and page, ignoring anything malformed', () => {
    expect(parseCaseloadQuery({ q: '  Sam ', phase: 'walk_run', page: '3' })).toEqual({ search: 'Sam', phase: 'walk_run', page: 3 });
    expect(parseCaseloadQuery({ q: ['a', 'b'], phase: 'toString', page: '1.5' })).toEqual({ search: 'a', phase: null, page: 1 });
    expect(parseCaseloadQuery({ q: 'x'.repeat(300) }).search).toHaveLength(100);
  });

  it('links to another page of the same search', () => {
    expect(caseloadHref({ search: 'Sam Rivera', phase: 'paused', page: 1 }, 2)).toBe('/therapist?q=Sam+Rivera&phase=paused&page=2');
    expect(caseloadHref({ search: '', phase: null, page: 2 }, 1)).toBe('/therapist');
  });
});
