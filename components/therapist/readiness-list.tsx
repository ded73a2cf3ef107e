import type { ReadinessAssessment } from '@/db/schema';
import { explainRule } from '@/lib/protocol';
import { shortDate } from '@/lib/therapist/format';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

export function ReadinessList({ assessments }: { assessments: (ReadinessAssessment & { assessedByName: string })[] }) {
  if (assessments.length === 0) return <p className="text-slate-700">No readiness assessment yet.</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {assessments.map((a) => (
        <li key={a.id} className="py-2">
          <p className="font-medium">
            {shortDate(a.assessedOn)}: <span className={a.passed ? 'text-green-800' : 'text-red-800'}>{a.passed ? 'passed' : 'not passed'}</span>
            <span className="font-normal text-slate-700"> · by {a.assessedByName}</span>
          </p>
          {!a.passed && (
            <ul className="list-disc pl-6 text-sm">
              {a.failedCriteria.map((id) => (
                <li key={id}>{explainRule(id, 'therapist')}</li>
              ))}
            </ul>
          )}
          <p className="text-sm text-slate-700">
            Pain at rest {a.painAtRest}, sharp pain with movement {yesNo(a.sharpPainWithDailyMovement)}, current pain {a.currentPain}; squats left {a.singleLegSquatLeft},
            right {a.singleLegSquatRight}, good control {yesNo(a.singleLegSquatGoodControl)}; hop pain-free {yesNo(a.hop30sPainFree)}; walk pain-free {yesNo(a.walk30minPainFree)}.
          </p>
          {a.note && <p className="text-sm">Note: {a.note}</p>}
        </li>
      ))}
    </ul>
  );
}
