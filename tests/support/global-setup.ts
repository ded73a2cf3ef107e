import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '@/db';
import { migrateDatabase } from '@/db/migrate';
import { TEST_DRIVER, adminStatement, databaseUrlFor, requireTestDatabaseUrl } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: string;
  }
}

/**
 * Migrates once per run: a PGlite snapshot every test file loads (much faster than migrating per file),
 * or, against a real server, a template database every test file clones.
 */
export default async function setup(project: TestProject) {
  if (TEST_DRIVER === 'postgres') {
    const template = `stride_tpl_${process.pid}_${Date.now()}`;
    await adminStatement(`CREATE DATABASE ${template}`);
    const handle = openPostgres(databaseUrlFor(requireTestDatabaseUrl(), template), 1);
    await migrateDatabase(handle);
    await handle.close();
    project.provide('postgresTemplate', template);
    project.provide('pgliteSnapshot', '');
    return async () => {
      await adminStatement(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    };
  }
  const client = new PGlite();
  const handle = openPglite(client);
  await migrateDatabase(handle);
  const dump = await client.dumpDataDir('none');
  const snapshot = path.join(os.tmpdir(), `stride-pglite-${process.pid}.tar`);
  fs.writeFileSync(snapshot, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('pgliteSnapshot', snapshot);
  project.provide('postgresTemplate', '');
  return () => fs.rmSync(snapshot, { force: true });
}
