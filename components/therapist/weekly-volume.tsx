import type { VolumeWeek } from '@/lib/plan/weekly-volume';
import { shortDate } from '@/lib/therapist/format';

/** Run minutes per week against the 10 % rule's cap: a table, with bars as a visual aid only. */
function capText(cap: number | null, pacing: VolumeWeek['pacing']): string {
  if (pacing === 'cap' && cap !== null) return `${Math.floor(cap)} min`;
  return pacing === 'ladder' ? 'ladder paces' : 'no running planned';
}

export function WeeklyVolume({ weeks, planned, goal }: { weeks: VolumeWeek[]; planned: { minutes: number; cap: number | null; pacing: VolumeWeek['pacing'] }; goal: number }) {
  if (planned.minutes === 0 && weeks.every((week) => week.minutes === 0)) {
    return <p className="text-slate-700">No running in the last {weeks.length} weeks and none planned this week.</p>;
  }
  const scale = Math.max(goal, planned.minutes, planned.cap ?? 0, ...weeks.map((w) => Math.max(w.minutes, w.cap ?? 0)), 1);
  const bar = (minutes: number, color: string) => (
    <span aria-hidden="true" className="mt-1 block h-2 rounded bg-slate-100">
      <span className={`block h-2 rounded ${color}`} style={{ width: `${Math.round((minutes / scale) * 100)}%` }} />
    </span>
  );
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Run minutes completed per week and the weekly cap</caption>
      <thead>
        <tr className="border-b border-slate-200">
          <th scope="col" className="py-1 pr-2">Week</th>
          <th scope="col" className="py-1 pr-2">Run minutes</th>
          <th scope="col" className="py-1 whitespace-nowrap">Cap (10 % rule)</th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => {
          const over = week.cap !== null && week.minutes > week.cap;
          return (
            <tr key={week.start} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-1 pr-2 font-normal whitespace-nowrap">
                {shortDate(week.start)} – {shortDate(week.end)}
              </th>
              <td className="w-1/2 py-1 pr-2">
                {week.minutes} min{over ? ' (over the cap)' : ''}
                {week.setback ? ' · setback' : ''}
                {bar(week.minutes, over ? 'bg-red-700' : 'bg-brand-700')}
              </td>
              <td className="py-1 whitespace-nowrap">{capText(week.cap, week.pacing)}</td>
            </tr>
          );
        })}
        <tr className="align-top font-medium">
          <th scope="row" className="py-1 pr-2 whitespace-nowrap">Rest of this week (planned)</th>
          <td className="py-1 pr-2">
            {planned.minutes} min
            {bar(planned.minutes, 'bg-slate-500')}
          </td>
          <td className="py-1 whitespace-nowrap">{capText(planned.cap, planned.pacing)}</td>
        </tr>
      </tbody>
    </table>
  );
}
