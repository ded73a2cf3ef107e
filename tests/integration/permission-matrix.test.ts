import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS, ACTORS, PAGES, ROLE_OF, SMUGGLED_FIELDS, type ActionRule, type Actor } from '../permission-matrix';
import { ACTION_MODULES, FIXTURES, PUBLIC_ACTIONS, actAs, actionOf, auditSince, buildWorld, lastAuditId, snapshot, targetRows, toFormData, type Fields, type World } from './security-support';

const ROOT = process.cwd();

function filesUnder(dir: string, match: (name: string) => boolean): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(relative, match);
    return match(entry.name) ? [relative] : [];
  });
}

/** Every export of every module that starts with 'use server', read from the source. */
function serverActionsInSource(): string[] {
  return [...filesUnder('lib', (n) => /\.tsx?$/.test(n)), ...filesUnder('app', (n) => /\.tsx?$/.test(n))]
    .filter((file) => /^\s*['"]use server['"]/.test(fs.readFileSync(path.join(ROOT, file), 'utf8')))
    .flatMap((file) => [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^export (?:const|async function|function) (\w+)/gm)].map((m) => `${file}#${m[1]}`))
    .sort();
}

async function setUp(rule: ActionRule): Promise<{ world: World; fields: Fields }> {
  const fixture = FIXTURES[rule.name]!;
  const world = await buildWorld(fixture.runnerA);
  return { world, fields: await fixture.fields(world) };
}

/** Runs the action; a thrown navigation (404, redirect) is returned as its message, anything else fails the test. */
async function attempt(rule: ActionRule, fields: Fields): Promise<unknown> {
  try {
    return await actionOf(rule.file, rule.name)({ status: 'idle' }, toFormData(fields));
  } catch (error) {
    const message = (error as Error).message;
    if (message === 'NEXT_NOT_FOUND' || message.startsWith('NEXT_REDIRECT ')) return message;
    throw error;
  }
}

function targetIdOf(rule: ActionRule, fields: Fields): string | undefined {
  const value = rule.target === 'run' ? fields.runLogId : rule.target === 'account' ? fields.userId : rule.target === 'runner' ? fields.runnerId : undefined;
  return typeof value === 'string' ? value : undefined;
}

describe('the permission matrix covers the whole app', () => {
  it('names every server action (every export of a "use server" module) and nothing else', () => {
    expect(ACTIONS.map((rule) => `${rule.file}#${rule.name}`).sort()).toEqual(serverActionsInSource());
    expect(Object.keys(ACTION_MODULES).sort()).toEqual([...new Set(ACTIONS.map((rule) => rule.file))].sort());
    for (const rule of ACTIONS) expect(typeof actionOf(rule.file, rule.name)).toBe('function');
  });

  it('names every page and route handler', () => {
    const routes = filesUnder('app', (name) => name === 'page.tsx' || name === 'route.ts').sort();
    expect(PAGES.map((page) => page.file).sort()).toEqual(routes);
  });

  it('is the matrix printed in docs/SECURITY.md', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/SECURITY.md'), 'utf8');
    for (const rule of ACTIONS) expect(doc).toContain(`| \`${rule.name}\` | ${ACTORS.map((actor) => rule.expect[actor]).join(' | ')} |`);
    for (const page of PAGES) expect(doc).toContain(`| \`${page.method} ${page.route}\` | ${ACTORS.map((actor) => page.expect[actor]).join(' | ')} |`);
  });
});

describe('every server action × every actor, on a target of runner A / clinic A', () => {
  for (const rule of ACTIONS) {
    for (const actor of ACTORS) {
      const outcome = rule.expect[actor];
      it(`${rule.name} as ${actor}: ${outcome}`, async () => {
        const { world, fields } = await setUp(rule);
        await actAs(world, actor);
        const before = await snapshot();
        const since = await lastAuditId();

        if (outcome === 'public') {
          // Authorized by what is submitted alone: a wrong token or password changes nothing, the right one goes through.
          const check = PUBLIC_ACTIONS[rule.name]!;
          expect(await attempt(rule, check.wrong(fields))).toMatchObject({ status: 'error' });
          expect(await snapshot()).toEqual(before);
          expect(await attempt(rule, fields)).toBe(check.redirect);
          expect(await auditSince(since)).toEqual(check.audits.map((audit) => expect.objectContaining({ ...audit, actorId: world.runnerA.id })));
          return;
        }

        const result = await attempt(rule, fields);
        const after = await snapshot();
        const audits = await auditSince(since);
        const user = actor === 'anonymous' ? null : world.people[actor];

        switch (outcome) {
          case 'allowed':
          case 'own':
            expect(result).toMatchObject({ status: 'ok' });
            expect(after).not.toEqual(before);
            if (outcome === 'own') expect(targetRows(after, world)).toEqual(targetRows(before, world));
            expect(audits).toEqual([expect.objectContaining({ actorId: user!.id, clinicId: user!.clinicId, outcome: 'ok' })]);
            break;
          case 'sign-in':
            expect(result).toBe('NEXT_REDIRECT /login');
            expect(after).toEqual(before);
            expect(audits).toEqual([]);
            break;
          case 'not-found':
          case 'refused': {
            if (outcome === 'not-found') expect(result).toBe('NEXT_NOT_FOUND');
            else expect(result).toEqual({ status: 'error', formError: 'That run could not be found.', values: expect.objectContaining({ runLogId: fields.runLogId }) });
            expect(after).toEqual(before);
            const byRole = rule.roles !== 'public' && !(rule.roles as readonly string[]).includes(ROLE_OF[actor as Exclude<Actor, 'anonymous'>]);
            expect(audits).toEqual([
              expect.objectContaining(
                byRole
                  ? { action: 'access.role', outcome: 'denied', actorId: user!.id, clinicId: user!.clinicId }
                  : { action: rule.deniedAs, outcome: 'denied', actorId: user!.id, clinicId: user!.clinicId, targetId: targetIdOf(rule, fields) },
              ),
            ]);
            break;
          }
        }
      });
    }
  }
});

describe('strict schemas: a submission carrying a field the form does not have is refused whole', () => {
  for (const rule of ACTIONS) {
    const allowedActor = ACTORS.find((actor) => ['allowed', 'public'].includes(rule.expect[actor]))!;
    it(`${rule.name} refuses ${SMUGGLED_FIELDS.join(', ')} (those it does not take) and writes nothing`, async () => {
      const { world, fields } = await setUp(rule);
      await actAs(world, allowedActor);
      const smuggled: Record<(typeof SMUGGLED_FIELDS)[number], string> = {
        clinicId: world.clinicOther,
        role: 'admin',
        runnerId: world.people.runnerB.id,
        therapistId: world.people.therapistB.id,
        userId: world.people.runnerB.id,
      };
      const extras = SMUGGLED_FIELDS.filter((field) => !(field in fields));
      expect(extras.length).toBeGreaterThan(0);
      const before = await snapshot();
      const since = await lastAuditId();
      for (const field of extras) {
        const result = await attempt(rule, { ...fields, [field]: smuggled[field] });
        expect(result, field).toMatchObject({ status: 'error' });
      }
      expect(await snapshot()).toEqual(before);
      expect((await auditSince(since)).filter((row) => row.outcome === 'ok')).toEqual([]);
      // The same submission without the extra field goes through: the refusal was the field's doing.
      expect(await attempt(rule, fields)).toEqual(rule.roles === 'public' ? PUBLIC_ACTIONS[rule.name]!.redirect : expect.objectContaining({ status: 'ok' }));
    });
  }
});
