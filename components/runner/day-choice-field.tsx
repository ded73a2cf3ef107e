import { RadioGroup } from '@/components/ui/radio-group';
import type { DayChoice } from '@/lib/runner/queries';

/** "When did you …? Today / Yesterday": the values are the runner's own calendar days. */
export function DayChoiceField({ id, legend, days, error }: { id: string; legend: string; days: DayChoice; error?: string | undefined }) {
  return (
    <RadioGroup
      id={id}
      name="date"
      legend={legend}
      defaultValue={days.today}
      error={error}
      options={[
        { value: days.today, label: <>Today <span className="block text-sm font-normal">{days.todayLabel}</span></> },
        { value: days.yesterday, label: <>Yesterday <span className="block text-sm font-normal">{days.yesterdayLabel}</span></> },
      ]}
    />
  );
}
