import { phaseLabel } from '@/lib/phases';
import { ADHERENCE_DEFINITION } from '@/lib/plan/adherence';
import { countCell, derivedCell, derivedCountCell, isSmallCount, labelCell, per100, SMALL_COUNT_THRESHOLD, type Cell } from './cells';
import type { AdherenceGroup, ClinicReportData, IntakeWeek, MilestoneTimes, PhaseCount, RedFlagSummary, RedFlagWeek, Setbacks, TherapistOutcomes } from './queries';

export const REPORT_IDS = ['phases', 'intake', 'adherence', 'red-flags', 'red-flag-summary', 'milestones', 'setbacks', 'therapists'] as const;
export type ReportId = (typeof REPORT_IDS)[number];

export function isReportId(value: unknown): value is ReportId {
  return typeof value === 'string' && (REPORT_IDS as readonly string[]).includes(value);
}

/** The chart of a table plots some of its columns against its first column, in one unit. */
export interface ChartSpec {
  columns: number[];
  unit: string;
  /** Weeks run along the bottom; named rows (phases, therapists) read better as horizontal bars. */
  categories: 'weeks' | 'labels';
}

/** One report table: what the page shows, what the CSV holds, and what the chart draws, from the same cells. */
export interface ReportTable {
  id: ReportId;
  title: string;
  /** How the numbers are counted, in plain words. */
  definition: string;
  columns: string[];
  rows: Cell[][];
  chart: ChartSpec | null;
}

const PHASE_ORDER = ['foundation', 'walk_run', 'continuous', 'full', 'maintenance', 'paused'] as const;

function therapistLabel(name: string | null, active: boolean | null): string {
  return active === false ? `${name} (deactivated)` : (name ?? '');
}

function phasesTable(rows: PhaseCount[]): ReportTable {
  const byPhase = new Map(rows.map((row) => [row.phase, row.runners]));
  return {
    id: 'phases',
    title: 'Active runners by phase',
    definition: "Runners whose plan on the last day of the range is in each phase (discharged runners are left out).",
    columns: ['Phase', 'Runners'],
    rows: PHASE_ORDER.map((phase) => [labelCell(phaseLabel(phase)), countCell(byPhase.get(phase) ?? 0)]),
    chart: { columns: [1], unit: 'runners', categories: 'labels' },
  };
}

function intakeTable(rows: IntakeWeek[]): ReportTable {
  return {
    id: 'intake',
    title: 'New runners and discharges per week',
    definition:
      'New: the runner’s first plan started that week. Discharged: the runner first moved to maintenance or was discharged that week. Weeks start on Monday; only days inside the range count.',
    columns: ['Week starting', 'New runners', 'Discharges'],
    rows: rows.map((row) => [labelCell(row.weekStart), countCell(row.newRunners), countCell(row.discharges)]),
    chart: { columns: [1, 2], unit: 'runners', categories: 'weeks' },
  };
}

function adherenceTable(rows: AdherenceGroup[]): ReportTable {
  return {
    id: 'adherence',
    title: 'Adherence: sessions logged against sessions prescribed',
    definition: `${ADHERENCE_DEFINITION} Each day of the range counts: a week of a phase prescribes what the protocol’s week planner lays out for it. Per runner, each kind of session is rounded to whole sessions; a group adds its runners’ sessions. Runners with nothing prescribed in the range are left out. Therapists by each runner’s current therapist.`,
    columns: ['Group', 'Runners', 'Sessions prescribed', 'Sessions done', 'Adherence (%)'],
    rows: rows.map((row) => [
      labelCell(row.therapistId === null ? 'Whole clinic' : therapistLabel(row.therapistName, row.therapistActive)),
      countCell(row.runners),
      derivedCountCell(row.prescribed, row.runners),
      derivedCountCell(row.done, row.runners),
      // The shared function's whole percent, so a runner's number reads the same here as on the therapist's pages.
      derivedCell(row.percent, row.runners, { decimals: 0 }),
    ]),
    chart: { columns: [4], unit: '%', categories: 'labels' },
  };
}

function redFlagWeeksTable(rows: RedFlagWeek[]): ReportTable {
  return {
    id: 'red-flags',
    title: 'Red flags per week',
    definition: 'Red flags are the stop alerts the protocol raises (sharp pain, swelling over 24 hours, limping, pain rising). Raised and resolved by calendar day (UTC); weeks start on Monday.',
    columns: ['Week starting', 'Raised', 'Resolved'],
    rows: rows.map((row) => [labelCell(row.weekStart), countCell(row.raised), countCell(row.resolved)]),
    chart: { columns: [1, 2], unit: 'red flags', categories: 'weeks' },
  };
}

function redFlagSummaryTable(summary: RedFlagSummary): ReportTable {
  return {
    id: 'red-flag-summary',
    title: 'Red flags in the range',
    definition: 'Open at the end: raised before the range ended and not resolved by then (for a range ending today, open now). The median covers the red flags resolved in the range.',
    columns: ['Measure', 'Value'],
    rows: [
      [labelCell('Raised'), countCell(summary.raised)],
      [labelCell('Resolved'), countCell(summary.resolved)],
      [labelCell('Open at the end of the range'), countCell(summary.openAtEnd)],
      [labelCell('Median hours from raised to resolved'), derivedCell(summary.medianHoursToResolve, summary.resolvedRunners, { smallEvents: isSmallCount(summary.resolved) })],
    ],
    chart: null,
  };
}

function milestonesTable(times: MilestoneTimes): ReportTable {
  return {
    id: 'milestones',
    title: 'Weeks from walk-run start to continuous running and to discharge',
    definition: 'Runners who first reached continuous running (or were first discharged) inside the range, counted from the first day of their first walk-run plan.',
    columns: ['Milestone', 'Runners', 'Median weeks'],
    rows: [
      [labelCell('Continuous running'), countCell(times.continuousRunners), derivedCell(times.continuousMedianWeeks, times.continuousRunners)],
      [labelCell('Discharge'), countCell(times.dischargedRunners), derivedCell(times.dischargedMedianWeeks, times.dischargedRunners)],
    ],
    chart: { columns: [2], unit: 'weeks', categories: 'labels' },
  };
}

function setbacksTable(s: Setbacks): ReportTable {
  return {
    id: 'setbacks',
    title: 'Regressions, stops and re-injuries',
    definition:
      'Each run logged in the range counts once, with the protocol decision in force for it (the latest: a next-morning check-in can replace the first decision). Re-injury: a runner with a stop on a run on or after the day they first reached continuous running, out of the runners who ran in the range after reaching it.',
    columns: ['Measure', 'Count', 'Out of', 'Per 100'],
    rows: [
      [labelCell('Regressions per 100 runs'), countCell(s.regressions), countCell(s.runs), derivedCell(per100(s.regressions, s.runs), s.runners, { smallEvents: isSmallCount(s.regressions) })],
      [labelCell('Stops per 100 runs'), countCell(s.stops), countCell(s.runs), derivedCell(per100(s.stops, s.runs), s.runners, { smallEvents: isSmallCount(s.stops) })],
      [
        labelCell('Re-injuries per 100 runners back to continuous running'),
        countCell(s.reinjuredRunners),
        countCell(s.runnersAfterContinuous),
        derivedCell(per100(s.reinjuredRunners, s.runnersAfterContinuous), s.runnersAfterContinuous, { smallEvents: isSmallCount(s.reinjuredRunners) }),
      ],
    ],
    chart: { columns: [3], unit: 'per 100', categories: 'labels' },
  };
}

function therapistsTable(rows: TherapistOutcomes[]): ReportTable {
  return {
    id: 'therapists',
    title: 'Caseload and outcomes per therapist',
    definition: 'Caseload: runners assigned to the therapist whose plan on the last day of the range is not discharged. The other columns count what happened inside the range to the therapist’s current runners.',
    columns: ['Therapist', 'Caseload', 'New runners', 'Red flags raised', 'Reached continuous running', 'Discharged'],
    rows: rows.map((row) => [
      labelCell(therapistLabel(row.name, row.active)),
      countCell(row.caseload),
      countCell(row.newRunners),
      countCell(row.redFlags),
      countCell(row.reachedContinuous),
      countCell(row.discharged),
    ]),
    chart: { columns: [1, 2], unit: 'runners', categories: 'labels' },
  };
}

/** Every report table, in the order the page shows them. */
export function buildReportTables(data: ClinicReportData): ReportTable[] {
  return [
    phasesTable(data.phases),
    intakeTable(data.intake),
    adherenceTable(data.adherence),
    redFlagWeeksTable(data.redFlagWeeks),
    redFlagSummaryTable(data.redFlagSummary),
    milestonesTable(data.milestones),
    setbacksTable(data.setbacks),
    therapistsTable(data.therapists),
  ];
}

export const SUPPRESSION_NOTE = `Counts from 1 to ${SMALL_COUNT_THRESHOLD - 1} of runners or of their events show as “< ${SMALL_COUNT_THRESHOLD}”, and a rate, median or session total drawn from fewer than ${SMALL_COUNT_THRESHOLD} runners (or from such a count) shows as “hidden”, so that no number points at a person. Exports hold the same text.`;
