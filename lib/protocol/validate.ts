import { assertIsoDate } from './dates';
import type { RunLog } from './types';

export const PAIN_MIN = 0;
export const PAIN_MAX = 10;
export const RPE_MIN = 0;
export const RPE_MAX = 10;

export function assertIntegerInRange(value: unknown, min: number, max: number, field: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${field} must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
}

export function assertPain(value: unknown, field: string): asserts value is number {
  assertIntegerInRange(value, PAIN_MIN, PAIN_MAX, field);
}

export function assertBoolean(value: unknown, field: string): asserts value is boolean {
  if (typeof value !== 'boolean') throw new TypeError(`${field} must be true or false, got ${String(value)}`);
}

export function assertRunLog(log: RunLog, minStage: number, maxStage: number, where = 'run'): void {
  assertIsoDate(log.date, `${where}.date`);
  assertIntegerInRange(log.stage, minStage, maxStage, `${where}.stage`);
  assertBoolean(log.completed, `${where}.completed`);
  if (typeof log.runMinutes !== 'number' || !Number.isFinite(log.runMinutes) || log.runMinutes < 0) {
    throw new RangeError(`${where}.runMinutes must be a non-negative number, got ${String(log.runMinutes)}`);
  }
  assertPain(log.painBefore, `${where}.painBefore`);
  assertPain(log.painDuring, `${where}.painDuring`);
  assertPain(log.painAfter, `${where}.painAfter`);
  assertBoolean(log.sharpPain, `${where}.sharpPain`);
  assertBoolean(log.limping, `${where}.limping`);
  if (log.rpe != null) assertIntegerInRange(log.rpe, RPE_MIN, RPE_MAX, `${where}.rpe`);
  if (log.painNextMorning != null) assertPain(log.painNextMorning, `${where}.painNextMorning`);
  if (log.swellingOver24h != null) assertBoolean(log.swellingOver24h, `${where}.swellingOver24h`);
}
