import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm audit` needs the registry's audit endpoint, which is not reachable from every build machine; this test pins
// the floor that the known advisories set, from the installed packages themselves (docs/SECURITY.md, "Dependencies").

function installed(name: string): string {
  return (JSON.parse(fs.readFileSync(path.join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** -1, 0 or 1, comparing major.minor.patch numerically (a prerelease tag is ignored). */
function compare(a: string, b: string): number {
  const parts = (version: string) => version.split('-')[0]!.split('.').map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return Math.sign(x[i]! - y[i]!);
  return 0;
}

describe('dependencies are past the known advisories', () => {
  it('next is at or above every fixed version on the 16.x line', () => {
    const next = installed('next');
    expect(next.startsWith('16.')).toBe(true);
    // CVE-2025-29927 (middleware authorization bypass, fixed in 15.2.3 and every later line);
    // CVE-2025-55182 / CVE-2025-66478 (RSC remote code execution, 16.0.7); CVE-2025-55183, CVE-2025-55184 and
    // CVE-2025-67779 (RSC source exposure and denial of service, 16.0.10); the May 2026 batch with the
    // middleware/proxy bypasses and CVE-2026-23870 (16.2.6).
    for (const fixed of ['16.0.7', '16.0.10', '16.2.6']) expect(compare(next, fixed), `next ${next} vs ${fixed}`).toBeGreaterThanOrEqual(0);
  });

  it('react and react-dom are at or above the fixed React Server Components versions', () => {
    // 19.2.1 (CVE-2025-55182), 19.2.3 (CVE-2025-55183/55184/67779), 19.2.4 (CVE-2026-23864), 19.2.6 (CVE-2026-23870),
    // 19.2.8 (CVE-2026-44907); the 19.3 line was released after all of them.
    for (const name of ['react', 'react-dom']) {
      const version = installed(name);
      for (const fixed of ['19.2.1', '19.2.3', '19.2.4', '19.2.6', '19.2.8']) expect(compare(version, fixed), `${name} ${version} vs ${fixed}`).toBeGreaterThanOrEqual(0);
    }
  });

  it("next's own copy of React (which decodes server-action requests) was built after the last of those fixes", () => {
    const source = fs.readFileSync(path.join(process.cwd(), 'node_modules/next/dist/compiled/react/cjs/react.production.js'), 'utf8');
    const version = /"(19\.\d+\.\d+-canary-[0-9a-f]+-(\d{8}))"/.exec(source);
    expect(version, 'a canary build of React with its date').not.toBeNull();
    expect(Number(version![2])).toBeGreaterThanOrEqual(20260721);
  });
});
