import { expect, test } from '@playwright/test';
import { actionId, postAction } from './server-action';

test.describe('server actions replayed over HTTP', () => {
  test('the public invitation action rejects an unknown token and extra fields, without a server error', async ({ request, baseURL }) => {
    const id = actionId('lib/invitations/actions.ts', 'acceptInvitationAction');
    const page = '/invite/some-token-that-does-not-exist-000000';
    const unknown = await postAction(request, { page, id, origin: baseURL!, fields: { token: 'x'.repeat(43), password: 'long-enough-pass-1', confirm: 'long-enough-pass-1' } });
    expect(unknown.status()).toBe(200);
    expect(await unknown.text()).toContain('This invitation link is not valid');

    const extra = await postAction(request, { page, id, origin: baseURL!, fields: { token: 'x'.repeat(43), password: 'long-enough-pass-1', confirm: 'long-enough-pass-1', role: 'admin' } });
    expect(extra.status()).toBe(200);
    const body = await extra.text();
    expect(body).toContain('"status":"error"');
    expect(body).not.toContain('This invitation link is not valid');
    expect(body).not.toMatch(/at .+\.(js|ts):\d+|select .+ from/i);
  });
});
