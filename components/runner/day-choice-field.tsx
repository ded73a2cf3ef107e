'use client';

import { useFieldAnswer } from '@/components/ui/form';
import { RadioGroup } from '@/components/ui/radio-group';
import type { DayChoice } from '@/lib/runner/queries';

/**
 * "When did you …? Today / Yesterday": the values are the runner's own calendar days. When yesterday cannot be
 * logged (the plan started today, say), only today is offered: said in words, and sent as a hidden field.
 */
export function DayChoiceField({ id, legend, days, error }: { id: string; legend: string; days: DayChoice; error?: string | undefined }) {
  const answer = useFieldAnswer('date');
  if (!days.yesterday) {
    const shownError = error ?? answer.error;
    return (
      <div id={id}>
        <input type="hidden" name="date" value={days.today} />
        <p className="font-medium text-slate-900">{legend}</p>
        <p>Today, {days.todayLabel}</p>
        {shownError && <p className="mt-1 text-sm text-red-700">{shownError}</p>}
      </div>
    );
  }
  return (
    <RadioGroup
      id={id}
      name="date"
      legend={legend}
      defaultValue={days.today}
      error={error}
      options={[
        { value: days.today, label: <>Today <span className="block text-sm font-normal">{days.todayLabel}</span></> },
        { value: days.yesterday.date, label: <>Yesterday <span className="block text-sm font-normal">{days.yesterday.label}</span></> },
      ]}
    />
  );
}
