/** What the interval timer needs of a prescribed run (a ladder session or a continuous run). */
export interface IntervalSession {
  runMinutes: number;
  walkMinutes: number;
  repeats: number;
  finalCycle: { runMinutes: number; walkMinutes: number } | null;
}

export interface IntervalSegment {
  kind: 'run' | 'walk';
  seconds: number;
  /** 1-based run/walk cycle this segment belongs to. */
  cycle: number;
  /** Seconds from the start of the session. */
  startsAt: number;
}

/** The session as a sequence of run and walk segments: whole cycles, then the cut final cycle, running first. */
export function intervalSegments(session: IntervalSession): IntervalSegment[] {
  const segments: IntervalSegment[] = [];
  let at = 0;
  const push = (kind: 'run' | 'walk', minutes: number, cycle: number) => {
    if (minutes <= 0) return;
    segments.push({ kind, seconds: minutes * 60, cycle, startsAt: at });
    at += minutes * 60;
  };
  for (let cycle = 1; cycle <= session.repeats; cycle++) {
    push('run', session.runMinutes, cycle);
    push('walk', session.walkMinutes, cycle);
  }
  if (session.finalCycle) {
    push('run', session.finalCycle.runMinutes, session.repeats + 1);
    push('walk', session.finalCycle.walkMinutes, session.repeats + 1);
  }
  return segments;
}

export function cycleCount(session: IntervalSession): number {
  return session.repeats + (session.finalCycle ? 1 : 0);
}

export function totalSeconds(segments: readonly IntervalSegment[]): number {
  const last = segments.at(-1);
  return last ? last.startsAt + last.seconds : 0;
}

export interface TimerPosition {
  /** Index of the current segment; segments.length when the session is over. */
  index: number;
  segment: IntervalSegment | null;
  secondsLeftInSegment: number;
  done: boolean;
  /** Seconds spent in run segments so far: what the log form is pre-filled with. */
  runSeconds: number;
}

export function positionAt(segments: readonly IntervalSegment[], elapsedSeconds: number): TimerPosition {
  const elapsed = Math.max(0, elapsedSeconds);
  let runSeconds = 0;
  for (const [index, segment] of segments.entries()) {
    const end = segment.startsAt + segment.seconds;
    if (elapsed < end) {
      if (segment.kind === 'run') runSeconds += elapsed - segment.startsAt;
      return { index, segment, secondsLeftInSegment: Math.ceil(end - elapsed), done: false, runSeconds };
    }
    if (segment.kind === 'run') runSeconds += segment.seconds;
  }
  return { index: segments.length, segment: null, secondsLeftInSegment: 0, done: true, runSeconds };
}

/** 'm:ss' for a countdown. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
