import type { Metadata } from 'next';
import Link from 'next/link';
import { DECISION_RULE_IDS, DEFAULT_SETTINGS, LADDER, RULE_ACTION, RUN_WINDOW_DAYS, explainRule, plannedRunMinutes, type DecisionAction } from '@/lib/protocol';

export const metadata: Metadata = { title: 'How Stride Back decides' };

const ACTION_WORDS: Record<DecisionAction, string> = {
  stop: 'Stop: running is paused until your physical therapist has seen you.',
  regress: 'Step back one stage.',
  repeat: 'Repeat the same stage next time.',
  progress: 'Move up one stage.',
};

/** A static page for runners and anyone evaluating the product: the ladder and the rules, in plain words. */
export default function HowItWorksPage() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Stride Back</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">How Stride Back decides your next run</h1>
      <p className="mt-2 text-slate-700">
        After every run you log, Stride Back applies your physical therapist&apos;s return-to-run rules and tells you at once what to do next,
        with the reasons. The rules are checked in the order below; the first that matches decides.
      </p>

      <h2 className="mt-8 text-xl font-semibold">After each run</h2>
      <ol className="mt-3 list-decimal space-y-3 pl-6">
        {DECISION_RULE_IDS.map((id) => (
          <li key={id}>
            <p>{explainRule(id, 'runner')}</p>
            <p className="text-sm text-slate-700">{ACTION_WORDS[RULE_ACTION[id]]}</p>
          </li>
        ))}
      </ol>

      <h2 className="mt-8 text-xl font-semibold">The walk-run ladder</h2>
      <p className="mt-2 text-slate-700">
        Every session is {DEFAULT_SETTINGS.sessionMinutes} minutes, easy and conversational, never on two days in a row, and at most{' '}
        {DEFAULT_SETTINGS.maxRunDaysPerWeek} run days in any {RUN_WINDOW_DAYS} days. Before each run, three questions (pain now, swelling or
        stiffness lasting more than 24 hours, limping) decide whether today is a day to run. After more than {DEFAULT_SETTINGS.gapDays} days
        without running, the next run steps back; after a long break your physical therapist checks you first.
      </p>
      <table className="mt-3 w-full text-left">
        <caption className="sr-only">Run and walk minutes of each stage</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2">Stage</th>
            <th scope="col" className="py-2">Run / walk</th>
            <th scope="col" className="py-2 text-right">Minutes running</th>
          </tr>
        </thead>
        <tbody>
          {LADDER.map((stage) => (
            <tr key={stage.stage} className="border-b border-slate-100">
              <td className="py-2">{stage.stage}</td>
              <td className="py-2">{stage.walkMinutes > 0 ? `${stage.runMinutes} min run / ${stage.walkMinutes} min walk` : `${stage.runMinutes} min continuous`}</td>
              <td className="py-2 text-right">{plannedRunMinutes(stage.stage)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Link href="/login" className="mt-8 inline-flex min-h-11 items-center font-medium text-brand-800 underline">
        Sign in
      </Link>
    </main>
  );
}
