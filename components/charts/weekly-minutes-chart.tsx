'use client';

import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { WeekMinutes } from '@/lib/runner/weekly-minutes';

/** Minutes run per 7-day window, with the coming week's limit as a line when there is one; a table gives every value. */
export function WeeklyMinutesChart({ weeks, cap, capLabel, title = 'Weekly running minutes' }: { weeks: WeekMinutes[]; cap: number | null; capLabel: string; title?: string }) {
  const top = Math.max(10, cap ?? 0, ...weeks.map((w) => w.minutes));
  return (
    <figure>
      <figcaption className="sr-only">
        {title}: minutes run in each of the last {weeks.length} weeks. {capLabel} The table below gives every value.
      </figcaption>
      <div className="h-56 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={weeks} margin={{ top: 16, right: 8, bottom: 0, left: -20 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11, fill: '#334155' }} interval={0} tickFormatter={(label: string) => label.split('–')[1] ?? label} />
            <YAxis domain={[0, Math.ceil(top * 1.1)]} tick={{ fontSize: 12, fill: '#334155' }} />
            <Bar dataKey="minutes" name="Minutes run" fill="#0b5544" isAnimationActive={false} />
            {cap !== null && <ReferenceLine y={cap} stroke="#b45309" strokeDasharray="6 3" strokeWidth={2} label={{ value: `Limit ${cap}`, position: 'insideTopRight', fill: '#92400e', fontSize: 12 }} />}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="mt-1 text-sm text-slate-700">{capLabel}</p>
      <details className="mt-2">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800">Show the weekly minutes as a table</summary>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${title} per week`}>
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">{title} per week</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-1 pr-2">Week</th>
                <th scope="col" className="py-1 pr-2">Runs</th>
                <th scope="col" className="py-1">Minutes run</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.start} className="border-b border-slate-100">
                  <td className="py-1 pr-2">{week.label}</td>
                  <td className="py-1 pr-2">{week.runs}</td>
                  <td className="py-1">{week.minutes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
