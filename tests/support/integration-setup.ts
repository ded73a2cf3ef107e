import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, inject, vi } from 'vitest';
import { openPglite, openPostgres, useDatabaseHandle, type DatabaseHandle } from '@/db';
import { currentRequestHeaders, recordSetCookie } from './request';
import { signedInAs } from './session';
import { TEST_DRIVER, adminStatement, databaseUrlFor, requireTestDatabaseUrl } from './test-database';

// Server code calls these Next.js request APIs; in integration tests there is no request around them
// (tests/support/request.ts stands in for its headers and for the cookies an action sets).
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock('@/lib/auth/session-cookie', () => ({ readSessionClaims: async () => signedInAs() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined, set: recordSetCookie }),
  headers: async () => currentRequestHeaders(),
}));
vi.mock('next/navigation', () => ({
  notFound: () => {
    throw Object.assign(new Error('NEXT_NOT_FOUND'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  },
  redirect: (url: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${url}`), { digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
  // As in Next: errors that carry a navigation digest (notFound, redirect) pass through an action's catch.
  unstable_rethrow: (error: unknown) => {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === 'string' && (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK'))) throw error;
  },
}));

let handle: DatabaseHandle | undefined;
let database: string | undefined;

beforeAll(async () => {
  if (TEST_DRIVER === 'postgres') {
    database = `stride_t_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    await adminStatement(`CREATE DATABASE ${database} TEMPLATE ${inject('postgresTemplate')}`);
    handle = openPostgres(databaseUrlFor(requireTestDatabaseUrl(), database), 10);
  } else {
    const snapshot = fs.readFileSync(inject('pgliteSnapshot'));
    handle = openPglite(new PGlite({ loadDataDir: new Blob([snapshot]) }));
  }
  useDatabaseHandle(handle);
});

afterAll(async () => {
  useDatabaseHandle(undefined);
  await handle?.close();
  if (database) await adminStatement(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});
