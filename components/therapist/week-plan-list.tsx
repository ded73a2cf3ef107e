import { formatLongDate, type PlannedDay, type WeekPlan } from '@/lib/protocol';

function describe(day: PlannedDay): { title: string; detail: string } {
  switch (day.kind) {
    case 'run': {
      const run = day.run;
      const session =
        run.stage === null
          ? `${run.runMinutes} min easy continuous`
          : run.walkMinutes === 0
            ? `stage ${run.stage}: ${run.runMinutes} min continuous`
            : `stage ${run.stage}: run ${run.runMinutes} / walk ${run.walkMinutes} min × ${run.repeats}${run.finalCycle ? ` + run ${run.finalCycle.runMinutes}${run.finalCycle.walkMinutes ? ` / walk ${run.finalCycle.walkMinutes}` : ''} min` : ''}`;
      return { title: 'Run', detail: `${session} (${run.plannedRunMinutes} min running of ${run.totalMinutes}). ${run.effort}.` };
    }
    case 'strength':
      return { title: day.orRest ? 'Strength or rest' : 'Strength', detail: day.exercises.map((e) => `${e.name} ${e.doseText}`).join(', ') };
    case 'mobility':
      return { title: day.orRest ? 'Mobility or rest' : 'Mobility and stability', detail: day.exercises.map((e) => `${e.name} ${e.doseText}`).join(', ') };
    case 'cross_training':
      return { title: day.orRest ? 'Cross-training or rest' : 'Cross-training', detail: `${day.minutes} min ${day.activities.join(', ')}; ${day.effort}` };
    case 'rest':
      return { title: 'Rest', detail: `Optional low-impact: ${day.lowImpactActivities.join(', ')}` };
  }
}

const SHORT_DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** The seven days the planner prescribes from today, as the runner sees them: one line per day, the dose beneath. */
export function WeekPlanList({ week }: { week: WeekPlan }) {
  return (
    <ol className="divide-y divide-slate-100">
      {week.days.map((day) => {
        const { title, detail } = describe(day);
        return (
          <li key={day.date} className="py-1.5">
            <p className="text-sm">
              <time dateTime={day.date} title={formatLongDate(day.date)} className="font-medium">
                {SHORT_DAY.format(new Date(`${day.date}T12:00:00Z`))}
              </time>
              {' · '}
              <span className={day.kind === 'run' ? 'font-medium text-brand-800' : ''}>{title}</span>
            </p>
            <p className="text-xs text-slate-700">{detail}</p>
          </li>
        );
      })}
    </ol>
  );
}
