import { formatLongDate, type PlannedDay } from '@/lib/protocol';
import { dayKindText } from '@/lib/runner/session-text';
import { shortDate } from '@/lib/runner/weekly-minutes';

const KIND_STYLE: Record<PlannedDay['kind'], string> = {
  run: 'border-green-700 bg-green-50',
  strength: 'border-slate-300 bg-white',
  mobility: 'border-slate-300 bg-white',
  cross_training: 'border-slate-300 bg-white',
  rest: 'border-slate-200 bg-slate-50',
};

/** The seven days from today as a strip: each day's date and what it holds. */
export function WeekStrip({ days }: { days: readonly PlannedDay[] }) {
  return (
    <section aria-labelledby="week-heading" className="mt-6">
      <h2 id="week-heading" className="text-lg font-semibold">
        The week ahead
      </h2>
      <ol className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4 md:grid-cols-7">
        {days.map((day, i) => (
          <li key={day.date} className={`rounded-md border p-2 ${KIND_STYLE[day.kind]}`}>
            <p className="text-sm font-semibold">
              {i === 0 ? 'Today' : formatLongDate(day.date).split(' ')[0]}
              <span className="block font-normal text-slate-700">{shortDate(day.date)}</span>
            </p>
            <p className="mt-1 text-sm font-medium">{dayKindText(day)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
