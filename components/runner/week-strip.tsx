import { formatLongDate, type PlannedDay } from '@/lib/protocol';
import { dayKindText } from '@/lib/runner/session-text';
import { shortDate } from '@/lib/runner/weekly-minutes';

const KIND_STYLE: Record<PlannedDay['kind'], string> = {
  run: 'border-brand-600 bg-brand-50',
  strength: 'border-line bg-white',
  mobility: 'border-line bg-white',
  cross_training: 'border-line bg-white',
  rest: 'border-line bg-surface-sunken',
};

/** The seven days from today as a strip (a row to swipe on a phone): each day's date, what it holds, a run's minutes. */
export function WeekStrip({ days }: { days: readonly PlannedDay[] }) {
  return (
    <section aria-labelledby="week-heading" className="mt-8">
      <h2 id="week-heading" className="text-lg font-semibold tracking-tight">
        The week ahead
      </h2>
      {/* Scrolls sideways on a phone, so it takes the keyboard's focus to scroll with the arrow keys. */}
      <ol tabIndex={0} aria-labelledby="week-heading" className="-mx-4 mt-2 flex snap-x scroll-px-4 gap-2 overflow-x-auto px-4 pb-2 md:mx-0 md:grid md:grid-cols-7 md:gap-1.5 md:overflow-visible md:px-0">
        {days.map((day, i) => (
          <li
            key={day.date}
            className={`flex w-28 shrink-0 snap-start flex-col rounded-xl border p-2.5 md:w-auto md:p-2 ${KIND_STYLE[day.kind]} ${i === 0 ? 'ring-2 ring-brand-700 ring-offset-1' : ''}`}
          >
            <p className="text-sm font-semibold">
              {i === 0 ? 'Today' : formatLongDate(day.date).split(' ')[0]}
              <span className="block font-normal text-ink-muted">{shortDate(day.date)}</span>
            </p>
            {day.kind === 'run' && (
              <p className="numeral mt-2 text-2xl font-bold text-brand-800">
                {day.run.totalMinutes}
                <span className="ml-0.5 text-sm font-semibold">min</span>
              </p>
            )}
            <p className={`text-sm font-medium ${day.kind === 'run' ? '' : 'mt-2'}`}>{dayKindText(day)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
