'use client';

import Link from 'next/link';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { clock, cycleCount, intervalSegments, positionAt, totalSeconds, type IntervalSegment, type IntervalSession } from '@/lib/runner/intervals';
import { RUN_SAFETY_ADVICE } from '@/lib/protocol/prevention';

type Status = 'idle' | 'running' | 'paused' | 'ended';
type Cue = 'run' | 'walk' | 'done';

const TONES: Record<Cue, { pitch: number; beeps: number; vibrate: number[] }> = {
  run: { pitch: 880, beeps: 2, vibrate: [300, 100, 300] },
  walk: { pitch: 440, beeps: 1, vibrate: [600] },
  done: { pitch: 660, beeps: 3, vibrate: [200, 100, 200, 100, 200] },
};

function beep(audio: AudioContext | null, cue: Cue): void {
  if (!audio) return;
  const { pitch, beeps } = TONES[cue];
  let at = audio.currentTime;
  for (let i = 0; i < beeps; i++) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = pitch;
    gain.gain.setValueAtTime(0.25, at);
    gain.gain.exponentialRampToValueAtTime(0.001, at + 0.25);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.3);
    at += 0.4;
  }
}

const minutesText = (seconds: number) => {
  const m = Math.round(seconds / 60);
  if (m === 0) return seconds > 0 ? 'less than a minute' : '0 minutes';
  return `${m} minute${m === 1 ? '' : 's'}`;
};

/**
 * Counts the prescribed run/walk intervals: start it at the trailhead and it says, beeps and vibrates at each
 * change (where the browser allows), keeps the screen awake while running, and hands what was done to the log.
 */
export function IntervalTimer({ session, logHref = '/runner/log' }: { session: IntervalSession; logHref?: string }) {
  const segments = useMemo(() => intervalSegments(session), [session]);
  const total = totalSeconds(segments);
  const cycles = cycleCount(session);
  const [status, setStatus] = useState<Status>('idle');
  const [banked, setBanked] = useState(0);
  const [startedAt, setStartedAt] = useState(0);
  const [now, setNow] = useState(0);
  const audio = useRef<AudioContext | null>(null);
  const lastCue = useRef(-1);

  const elapsed = (banked + (status === 'running' ? now - startedAt : 0)) / 1000;
  const position = positionAt(segments, elapsed);
  const running = status === 'running' && !position.done;
  const finished = status === 'ended' || position.done;

  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [running]);

  useEffect(() => {
    if (status !== 'running' || lastCue.current === position.index) return;
    lastCue.current = position.index;
    const cue: Cue = position.segment?.kind ?? 'done';
    beep(audio.current, cue);
    navigator.vibrate?.(TONES[cue].vibrate);
  }, [status, position.index, position.segment?.kind]);

  useEffect(() => {
    if (!running || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let active = true;
    const acquire = async () => {
      try {
        const sentinel = await navigator.wakeLock.request('screen');
        if (active) lock = sentinel;
        else await sentinel.release();
      } catch {
        // Refused (battery saver, hidden tab): the timer still runs.
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void acquire();
    };
    void acquire();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', onVisible);
      void lock?.release();
    };
  }, [running]);

  const start = () => {
    const AudioContextClass = window.AudioContext ?? (window as typeof window & { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!audio.current && AudioContextClass) audio.current = new AudioContextClass();
    void audio.current?.resume();
    const at = Date.now();
    setStartedAt(at);
    setNow(at);
    setStatus('running');
  };
  const pause = () => {
    setBanked((b) => b + Date.now() - startedAt);
    setStatus('paused');
  };
  const end = () => {
    if (status === 'running') setBanked((b) => b + Date.now() - startedAt);
    setStatus('ended');
  };
  const reset = () => {
    lastCue.current = -1;
    setBanked(0);
    setStatus('idle');
  };

  const segment = position.segment;
  const runMinutesDone = Math.round(position.runSeconds / 60);
  const announcement =
    status === 'idle'
      ? ''
      : finished
        ? `Session ${position.done ? 'complete' : 'ended'}. You ran ${minutesText(position.runSeconds)}.`
        : status === 'paused'
          ? 'Paused.'
          : segment
            ? `${segment.kind === 'run' ? 'Run' : 'Walk'} for ${minutesText(segment.seconds)}, interval ${segment.cycle} of ${cycles}.`
            : '';

  const done = Math.min(elapsed, total);
  const label = finished ? (position.done ? 'Done' : 'Ended') : segment ? (segment.kind === 'run' ? 'Run' : 'Walk') : 'Ready';
  const labelColour = finished ? 'text-ink' : segment?.kind === 'walk' ? 'text-info' : 'text-brand-700';

  return (
    <section aria-labelledby="timer-heading" className="rounded-card border border-line bg-surface-sunken p-4">
      <h3 id="timer-heading" className="text-lg font-semibold">
        Interval timer
      </h3>
      <p className="text-sm text-ink-muted">Start it when you set off. It beeps and vibrates at each change and keeps your screen on.</p>
      <p className="mt-2 rounded-md border-l-4 border-warn bg-warn-tint p-2 text-sm" data-testid="timer-safety">
        {RUN_SAFETY_ADVICE}
      </p>
      <div className="mt-4 flex items-end justify-between gap-4">
        <div>
          <p className={`text-3xl font-extrabold tracking-tight uppercase ${labelColour}`}>{label}</p>
          <p className="text-ink-muted">
            {finished
              ? `${clock(done)} of ${clock(total)} done`
              : segment
                ? `Interval ${segment.cycle} of ${cycles}`
                : `${cycles} interval${cycles === 1 ? '' : 's'}, ${clock(total)} in all`}
          </p>
        </div>
        <p role="timer" aria-label="Time left in this interval" className="numeral text-display font-extrabold">
          {clock(finished ? 0 : position.secondsLeftInSegment)}
        </p>
      </div>
      <SessionBar segments={segments} total={total} done={done} />
      <p className="mt-1 text-sm text-ink-muted">
        <span className="numeral">{clock(done)}</span> of <span className="numeral">{clock(total)}</span> · running so far: {runMinutesDone} min
      </p>
      <p aria-live="assertive" className="sr-only">
        {announcement}
      </p>
      {finished ? (
        <div className="mt-4 space-y-3">
          <p className="font-medium">
            {position.done ? 'Session complete.' : 'Session ended early.'} You ran {minutesText(position.runSeconds)}.
          </p>
          <div className="flex flex-wrap gap-3">
            <Link href={`${logHref}?minutes=${runMinutesDone}&completed=${position.done ? 'yes' : 'no'}`} className={buttonClasses('primary', 'grow')}>
              Log this run
            </Link>
            <Button variant="secondary" onClick={reset}>
              Reset the timer
            </Button>
          </div>
        </div>
      ) : (
        <div className="mt-4 space-y-3">
          <div className="flex flex-wrap gap-3">
            {status === 'running' ? (
              <Button onClick={pause} className="grow">
                Pause
              </Button>
            ) : (
              <Button onClick={start} className="grow">
                {status === 'paused' ? 'Resume' : 'Start'}
              </Button>
            )}
            <Button variant="secondary" onClick={reset} disabled={status === 'idle'}>
              Reset
            </Button>
            <Button variant="secondary" onClick={end} disabled={status === 'idle'}>
              End early
            </Button>
          </div>
          {/* Without the timer (ran without the phone, or already back): log straight away. */}
          <Link href={logHref} className={buttonClasses('secondary', 'w-full')}>
            Log this run
          </Link>
        </div>
      )}
    </section>
  );
}

/** The whole session as one bar: run and walk segments side by side (told apart by shade and a gap), the part done filled. */
function SessionBar({ segments, total, done }: { segments: readonly IntervalSegment[]; total: number; done: number }) {
  if (total <= 0) return null;
  return (
    <div className="mt-3 flex h-3 gap-0.5 overflow-hidden rounded-full" aria-hidden="true">
      {segments.map((segment) => {
        const filled = Math.min(1, Math.max(0, (done - segment.startsAt) / segment.seconds));
        const [track, fill] = segment.kind === 'run' ? ['bg-brand-200', 'bg-brand-700'] : ['bg-sky-100', 'bg-info'];
        return (
          <div key={segment.startsAt} className={`relative h-full ${track}`} style={{ flexGrow: segment.seconds, flexBasis: 0 }}>
            <div className={`absolute inset-y-0 left-0 ${fill}`} style={{ width: `${filled * 100}%` }} />
          </div>
        );
      })}
    </div>
  );
}
