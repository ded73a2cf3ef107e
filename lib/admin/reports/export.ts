import { toCsv } from './csv';
import type { ReportRange } from './range';
import type { ReportTable } from './tables';

export interface CsvFile {
  filename: string;
  body: string;
}

/** One report table as it is on the page: the header row, then the shown text of every cell. */
export function reportTableCsv(table: ReportTable, range: ReportRange): CsvFile {
  return {
    filename: `stride-back-${table.id}-${range.from}-to-${range.to}.csv`,
    body: toCsv(
      table.columns,
      table.rows.map((row) => row.map((cell) => cell.text)),
    ),
  };
}

export const ALL_REPORTS_HEADER = ['report', 'from', 'to', 'row', 'column', 'value'];

/** Every table of the range in one file, one cell per line (a long format any spreadsheet can pivot). */
export function allReportsCsv(tables: readonly ReportTable[], range: ReportRange): CsvFile {
  const lines: string[][] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      const label = row[0]?.text ?? '';
      row.slice(1).forEach((cell, index) => lines.push([table.id, range.from, range.to, label, table.columns[index + 1] ?? '', cell.text]));
    }
  }
  return { filename: `stride-back-reports-${range.from}-to-${range.to}.csv`, body: toCsv(ALL_REPORTS_HEADER, lines) };
}

export interface ChartData {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  unit: string;
  categoryKind: 'weeks' | 'labels';
}

/** What a chart draws: the chosen columns against the first one; a hidden cell is a gap, never a bar. */
export function chartData(table: ReportTable): ChartData | null {
  if (!table.chart) return null;
  return {
    categories: table.rows.map((row) => row[0]?.text ?? ''),
    series: table.chart.columns.map((column) => ({ name: table.columns[column] ?? '', values: table.rows.map((row) => row[column]?.value ?? null) })),
    unit: table.chart.unit,
    categoryKind: table.chart.categories,
  };
}
