import { adherenceText, type Adherence } from '@/lib/plan/adherence';

const STYLE: Record<Adherence['level'], string> = {
  good: 'border-green-700 bg-green-50 text-green-900',
  fair: 'border-amber-700 bg-amber-50 text-amber-900',
  poor: 'border-red-700 bg-red-50 text-red-900',
  none: 'border-slate-300 bg-white text-slate-700',
};

const WORD: Record<Adherence['level'], string> = { good: 'on track', fair: 'partly', poor: 'low', none: '' };

/** Sessions done of those prescribed (lib/plan/adherence): the colour repeats what the words say. */
export function AdherenceBadge({ adherence }: { adherence: Pick<Adherence, 'prescribed' | 'done' | 'percent' | 'level'> }) {
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-sm ${STYLE[adherence.level]}`}>
      {adherenceText(adherence)}
      {WORD[adherence.level] ? <span className="font-medium">· {WORD[adherence.level]}</span> : null}
    </span>
  );
}
