import { ADHERENCE_DEFINITION, type Adherence } from '@/lib/plan/adherence';
import { shortDate } from '@/lib/therapist/format';
import { AdherenceBadge } from './adherence-badge';

/** A runner's adherence with its dates and definition: the same words on the runner's and the therapist's pages. */
export function AdherenceSummary({ adherence }: { adherence: Adherence }) {
  return (
    <>
      <AdherenceBadge adherence={adherence} />
      <p className="mt-2 text-sm text-slate-700">
        From {shortDate(adherence.from)} to {shortDate(adherence.to)}. {ADHERENCE_DEFINITION}
      </p>
    </>
  );
}
