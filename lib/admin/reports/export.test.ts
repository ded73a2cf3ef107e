import { describe, expect, it } from 'vitest';
import { countCell, labelCell } from './cells';
import { UTF8_BOM } from './csv';
import { allReportsCsv, chartData, reportTableCsv } from './export';
import type { ReportTable } from './tables';

const RANGE = { from: '2026-01-01', to: '2026-01-31' };
const TABLE: ReportTable = {
  id: 'phases',
  title: 'Active runners by phase',
  definition: '',
  columns: ['Phase', 'Runners'],
  rows: [
    [labelCell('Foundation, strength'), countCell(7)],
    [labelCell('Walk-run ladder'), countCell(2)],
  ],
  chart: { columns: [1], unit: 'runners', categories: 'labels' },
};

describe('report exports', () => {
  it('writes a table as shown, hidden counts included as their text', () => {
    expect(reportTableCsv(TABLE, RANGE)).toEqual({
      filename: 'stride-back-phases-2026-01-01-to-2026-01-31.csv',
      body: `${UTF8_BOM}Phase,Runners\r\n"Foundation, strength",7\r\nWalk-run ladder,< 5\r\n`,
    });
  });

  it('writes every table in one long file with the report and range on each line', () => {
    const file = allReportsCsv([TABLE], RANGE);
    expect(file.filename).toBe('stride-back-reports-2026-01-01-to-2026-01-31.csv');
    expect(file.body.split('\r\n')).toEqual([
      `${UTF8_BOM}report,from,to,row,column,value`,
      'phases,2026-01-01,2026-01-31,"Foundation, strength",Runners,7',
      'phases,2026-01-01,2026-01-31,Walk-run ladder,Runners,< 5',
      '',
    ]);
  });

  it('gives the chart gaps where the table hides a number', () => {
    expect(chartData(TABLE)).toEqual({ categories: ['Foundation, strength', 'Walk-run ladder'], series: [{ name: 'Runners', values: [7, null] }], unit: 'runners', categoryKind: 'labels' });
    expect(chartData({ ...TABLE, chart: null })).toBeNull();
  });
});
