/** The budgets of issue 8, checked against one benchmark's results. A miss is reported, never hidden. */

export interface BudgetRow {
  scale: number;
  target: string;
  connections: number;
  p95: number;
  queries: number;
  vsStatic: number;
}

export interface GrowthRow {
  target: string;
  connections: number;
  p95Ratio: number;
  /** The same ratio (of medians) for the page that reads no data: how much busier the machine was during the larger run. */
  floorRatio: number;
  /** p95Ratio ÷ floorRatio: the growth due to the data. */
  dataRatio: number;
  queriesSmall?: number;
  queriesLarge?: number;
}

export interface BudgetCheck {
  budget: string;
  subject: string;
  value: number;
  limit: number;
  ok: boolean;
}

const PAGES = ['runner today', 'runner progress', 'therapist caseload', 'runner page (a year)', 'admin report 90 days'];
const ACTION = 'log-run action';
const RUNNER_ROUTE = /^\/runner(\/|$)/;

export function checkBudgets(rows: readonly BudgetRow[], growth: readonly GrowthRow[], js: readonly { route: string; gzipKb: number }[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const check = (budget: string, subject: string, value: number, limit: number) => checks.push({ budget, subject, value, limit, ok: value <= limit });
  const largest = Math.max(...rows.map((row) => row.scale));
  for (const row of rows.filter((r) => r.scale === largest && r.connections === 10)) {
    if (PAGES.includes(row.target)) check('page p95 ≤ 3 × static p95 (c=10)', row.target, row.vsStatic, 3);
    if (row.target === ACTION) check('log-run p95 ≤ 3 × static p95 (c=10)', row.target, row.vsStatic, 3);
  }
  for (const row of growth.filter((g) => PAGES.includes(g.target) || g.target === ACTION)) check('10× data → p95 ≤ 1.3× (÷ the floor’s change)', `${row.target} (c=${row.connections})`, row.dataRatio, 1.3);
  for (const target of PAGES) {
    const counts = rows.filter((r) => r.target === target).map((r) => r.queries);
    if (counts.length === 0) continue;
    check('≤ 4 queries per page request', target, Math.max(...counts), 4);
    check('queries independent of data size (max − min)', target, Math.max(...counts) - Math.min(...counts), 0);
  }
  for (const route of js) {
    check(RUNNER_ROUTE.test(route.route) ? 'runner page JS ≤ 150 kB gzip' : 'page JS ≤ 250 kB gzip', route.route, route.gzipKb, RUNNER_ROUTE.test(route.route) ? 150 : 250);
  }
  return checks;
}
