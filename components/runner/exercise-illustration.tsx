import type { ReactNode } from 'react';
import type { ExerciseId } from '@/lib/protocol';

// Line drawings of the exercises, made for Stride Back: a stick figure per exercise in a 160 × 100 box, drawn on
// the server as SVG (no images to download, no scripts). The far-side limbs are lighter. Each drawing has a text
// alternative saying what it shows.

type Point = readonly [number, number];

interface Pose {
  head: Point;
  neck: Point;
  hip: Point;
  /** Each limb a polyline from the shoulder (the neck) or the hip: elbow and hand; knee, ankle (and toe). */
  near: { arm: readonly Point[]; leg: readonly Point[] };
  far: { arm: readonly Point[]; leg: readonly Point[] };
}

const GROUND = 88;
const line = (points: readonly Point[]) => points.map(([x, y]) => `${x},${y}`).join(' ');

function Figure({ pose }: { pose: Pose }) {
  const { head, neck, hip, near, far } = pose;
  return (
    <g>
      <g opacity="0.45">
        <polyline points={line([neck, ...far.arm])} />
        <polyline points={line([hip, ...far.leg])} />
      </g>
      <polyline points={line([neck, hip])} />
      <polyline points={line([hip, ...near.leg])} />
      <polyline points={line([neck, ...near.arm])} />
      <circle cx={head[0]} cy={head[1]} r="6.5" />
    </g>
  );
}

/** A straight arrow with an open head at `to`. */
function Arrow({ from, to, both = false }: { from: Point; to: Point; both?: boolean }) {
  const head = (tip: Point, tail: Point) => {
    const angle = Math.atan2(tip[1] - tail[1], tip[0] - tail[0]);
    const wing = (turn: number): Point => [tip[0] - 6 * Math.cos(angle + turn), tip[1] - 6 * Math.sin(angle + turn)];
    return <polyline points={line([wing(0.5), tip, wing(-0.5)])} />;
  };
  return (
    <g className="text-brand-700" stroke="currentColor" strokeWidth="2.5">
      <polyline points={line([from, to])} />
      {head(to, from)}
      {both && head(from, to)}
    </g>
  );
}

const Floor = () => <line x1="4" y1={GROUND} x2="156" y2={GROUND} strokeWidth="2" opacity="0.6" />;

const DRAWINGS: Record<ExerciseId, { alt: string; art: ReactNode }> = {
  glute_bridge: {
    alt: 'A person lying on their back, knees bent and feet flat, with the hips lifted so that shoulders, hips and knees make a straight line.',
    art: (
      <>
        <Figure
          pose={{
            head: [31, 81],
            neck: [40, 84],
            hip: [76, 66],
            near: { arm: [[56, 86], [70, 86]], leg: [[102, 53], [108, 86], [116, 86]] },
            far: { arm: [[56, 87], [70, 87]], leg: [[100, 54], [104, 86], [112, 86]] },
          }}
        />
        <Arrow from={[76, 86]} to={[76, 73]} />
        <Floor />
      </>
    ),
  },
  hip_thrust: {
    alt: 'A person with the upper back resting on a bench, feet flat on the floor, pushing the hips up until the body is level from shoulders to knees.',
    art: (
      <>
        <rect x="14" y="64" width="34" height="24" rx="2" strokeWidth="2.5" />
        <Figure
          pose={{
            head: [34, 53],
            neck: [44, 58],
            hip: [80, 58],
            near: { arm: [[32, 64], [22, 64]], leg: [[106, 58], [110, 86], [118, 86]] },
            far: { arm: [[32, 63], [20, 63]], leg: [[104, 59], [104, 86], [112, 86]] },
          }}
        />
        <Arrow from={[80, 86]} to={[80, 66]} />
        <Floor />
      </>
    ),
  },
  single_leg_rdl: {
    alt: 'A person standing on one leg, hinged forward at the hips with a flat back, hands reaching towards the floor and the other leg stretched out behind in line with the back.',
    art: (
      <>
        <Figure
          pose={{
            head: [42, 40],
            neck: [51, 44],
            hip: [80, 50],
            near: { arm: [[50, 58], [50, 71]], leg: [[82, 69], [80, 86], [72, 86]] },
            far: { arm: [[53, 58], [54, 71]], leg: [[102, 51], [124, 52], [126, 58]] },
          }}
        />
        <Floor />
      </>
    ),
  },
  bulgarian_split_squat: {
    alt: 'A person in a split squat: the top of the back foot rests on a bench behind, the front thigh is level with the floor and the front knee is over the toes.',
    art: (
      <>
        <rect x="110" y="64" width="40" height="24" rx="2" strokeWidth="2.5" />
        <Figure
          pose={{
            head: [76, 24],
            neck: [76, 32],
            hip: [78, 60],
            near: { arm: [[70, 46], [70, 60]], leg: [[55, 62], [56, 86], [46, 86]] },
            far: { arm: [[84, 46], [86, 60]], leg: [[95, 79], [112, 62], [122, 62]] },
          }}
        />
        <Arrow from={[30, 36]} to={[30, 62]} both />
        <Floor />
      </>
    ),
  },
  jump_rope: {
    alt: 'A person skipping with a rope: small jumps on the balls of the feet, elbows close to the sides, the rope passing under the feet.',
    art: (
      <>
        <path d="M62 56 C 46 104, 114 104, 98 56" strokeWidth="2" />
        <Figure
          pose={{
            head: [80, 16],
            neck: [80, 25],
            hip: [80, 52],
            near: { arm: [[71, 40], [62, 56]], leg: [[77, 68], [77, 82], [73, 84]] },
            far: { arm: [[89, 40], [98, 56]], leg: [[83, 68], [83, 82], [87, 84]] },
          }}
        />
        <Floor />
      </>
    ),
  },
  lateral_hops: {
    alt: 'A person standing with feet together beside a line on the floor, with an arrow showing a small hop sideways over the line and back.',
    art: (
      <>
        <rect x="85" y="85" width="6" height="3" strokeWidth="2" />
        <Figure
          pose={{
            head: [58, 20],
            neck: [58, 29],
            hip: [58, 54],
            near: { arm: [[50, 42], [46, 54]], leg: [[55, 71], [56, 86], [52, 86]] },
            far: { arm: [[66, 42], [70, 54]], leg: [[61, 71], [60, 86], [64, 86]] },
          }}
        />
        <path d="M66 76 Q 88 46 112 76" strokeDasharray="4 4" strokeWidth="2.5" className="text-brand-700" />
        <Arrow from={[106, 69]} to={[112, 76]} />
        <Arrow from={[72, 69]} to={[66, 76]} />
        <Floor />
      </>
    ),
  },
  bounding: {
    alt: 'A person bounding forward in the air with a long stride: the front knee driven up, the back leg pushing off, arms swinging.',
    art: (
      <>
        <Figure
          pose={{
            head: [70, 16],
            neck: [74, 24],
            hip: [82, 48],
            near: { arm: [[66, 32], [58, 24]], leg: [[62, 50], [64, 70], [58, 72]] },
            far: { arm: [[86, 34], [94, 42]], leg: [[98, 62], [114, 74], [120, 80]] },
          }}
        />
        <Arrow from={[46, 10]} to={[22, 10]} />
        <Floor />
      </>
    ),
  },
  ankle_mobility: {
    alt: 'A person facing a wall in a split stance, bending the front knee forward to touch the wall while the front heel stays down.',
    art: (
      <>
        <line x1="36" y1="8" x2="36" y2={GROUND} strokeWidth="3" />
        <Figure
          pose={{
            head: [60, 16],
            neck: [62, 25],
            hip: [68, 52],
            near: { arm: [[52, 34], [39, 30]], leg: [[39, 66], [56, 85], [60, 86], [46, 86]] },
            far: { arm: [[54, 36], [39, 34]], leg: [[84, 68], [96, 84], [90, 86]] },
          }}
        />
        <Floor />
      </>
    ),
  },
  hip_90_90: {
    alt: 'A person sitting tall on the floor with both knees bent to a right angle, one leg in front and the other out to the side, turning the knees from one side to the other.',
    art: (
      <>
        <Figure
          pose={{
            head: [80, 22],
            neck: [80, 31],
            hip: [80, 64],
            near: { arm: [[70, 48], [64, 62]], leg: [[50, 80], [70, 86]] },
            far: { arm: [[90, 48], [96, 62]], leg: [[110, 80], [124, 66]] },
          }}
        />
        <path d="M58 60 Q 80 44 102 60" strokeDasharray="4 4" strokeWidth="2.5" className="text-brand-700" />
        <Arrow from={[96, 55]} to={[102, 60]} />
        <Arrow from={[64, 55]} to={[58, 60]} />
        <Floor />
      </>
    ),
  },
  hip_flexor_stretch: {
    alt: 'A person kneeling on one knee on a cushion, the other foot flat in front, upright, shifting the hips forward to stretch the front of the back hip.',
    art: (
      <>
        <rect x="92" y="82" width="22" height="6" rx="2" strokeWidth="2" />
        <Figure
          pose={{
            head: [78, 18],
            neck: [78, 27],
            hip: [80, 56],
            near: { arm: [[90, 40], [86, 54]], leg: [[102, 79], [126, 84], [130, 88]] },
            far: { arm: [[70, 42], [74, 54]], leg: [[57, 57], [58, 86], [48, 86]] },
          }}
        />
        <Arrow from={[114, 56]} to={[98, 56]} />
        <Floor />
      </>
    ),
  },
  plank: {
    alt: 'A person in a forearm plank: elbows under the shoulders, up on the toes, the body in a straight line from head to heels.',
    art: (
      <>
        <Figure
          pose={{
            head: [33, 64],
            neck: [43, 68],
            hip: [88, 76],
            near: { arm: [[44, 86], [28, 86]], leg: [[112, 81], [134, 85], [136, 88]] },
            far: { arm: [[46, 85], [30, 85]], leg: [[112, 80], [134, 84], [134, 88]] },
          }}
        />
        <Floor />
      </>
    ),
  },
  dead_bug: {
    alt: 'A person lying on their back, one arm reaching up and the knee on that side bent above the hip, while the opposite arm and leg reach out low towards the floor.',
    art: (
      <>
        <Figure
          pose={{
            head: [44, 81],
            neck: [53, 84],
            hip: [88, 84],
            near: { arm: [[53, 68], [54, 52]], leg: [[120, 80], [144, 78]] },
            far: { arm: [[40, 80], [26, 78]], leg: [[88, 62], [108, 62]] },
          }}
        />
        <Floor />
      </>
    ),
  },
  pallof_press: {
    alt: 'A person standing side-on to a resistance band tied at chest height, pressing the band straight out from the chest without letting the body turn.',
    art: (
      <>
        <line x1="16" y1="8" x2="16" y2={GROUND} strokeWidth="3" />
        <line x1="16" y1="42" x2="84" y2="44" strokeWidth="2" className="text-brand-700" stroke="currentColor" />
        <Figure
          pose={{
            head: [84, 17],
            neck: [84, 26],
            hip: [84, 54],
            near: { arm: [[74, 36], [84, 44]], leg: [[80, 71], [78, 86], [70, 86]] },
            far: { arm: [[94, 36], [84, 44]], leg: [[88, 71], [90, 86], [98, 86]] },
          }}
        />
        <Floor />
      </>
    ),
  },
};

/** The text alternative of an exercise's drawing. */
export function illustrationAlt(id: ExerciseId): string {
  return DRAWINGS[id].alt;
}

/** An exercise drawn as a stick figure; the drawing is an image named by its text alternative. */
export function ExerciseIllustration({ id, className = '' }: { id: ExerciseId; className?: string }) {
  const { alt, art } = DRAWINGS[id];
  return (
    <svg
      role="img"
      aria-label={alt}
      viewBox="0 0 160 100"
      className={`h-auto w-full text-slate-800 ${className}`}
      fill="none"
      stroke="currentColor"
      strokeWidth="3.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {art}
    </svg>
  );
}
