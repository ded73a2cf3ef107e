// Plan periods belong to lib/plan; the therapist's timeline and weekly volume still import them from here.
export { phaseOn, type PlanPeriod } from '@/lib/plan/plan-periods';
