import { describe, expect, it } from 'vitest';
import { parseAuditFilters } from './audit-filters';

describe('audit filters', () => {
  it('reads every filter and defaults to the first page', () => {
    const actor = '7d7f6a3e-2f0e-4a57-9c53-1d8c1a3b2c10';
    expect(parseAuditFilters({ action: 'auth.sign_in', actor, outcome: 'denied', from: '2026-01-01', to: '2026-01-31' })).toEqual({
      filters: { action: 'auth.sign_in', actor, outcome: 'denied', from: '2026-01-01', to: '2026-01-31', page: 1 },
      ignored: [],
    });
    expect(parseAuditFilters({ page: '3' }).filters.page).toBe(3);
  });

  it('drops values that do not fit and says which', () => {
    expect(parseAuditFilters({ action: "x'; drop", actor: 'me', outcome: 'maybe', from: '2026-02-30', page: '0' })).toEqual({
      filters: { page: 1 },
      ignored: ['action', 'actor', 'outcome', 'from', 'page'],
    });
  });

  it('treats empty fields as no filter', () => {
    expect(parseAuditFilters({ action: '', actor: '', to: '' })).toEqual({ filters: { page: 1 }, ignored: [] });
  });
});
