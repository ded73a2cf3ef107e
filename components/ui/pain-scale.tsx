import type { ReactNode } from 'react';
import { RadioGroup, type RadioOption } from './radio-group';

const SCORES: readonly RadioOption[] = Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) }));

interface ScaleProps {
  id: string;
  name: string;
  legend: ReactNode;
  /** What 0 and 10 mean, read with the question. */
  anchors?: string;
  error?: string | undefined;
  defaultValue?: string | undefined;
}

/** A 0–10 score as eleven large radio buttons: tap or use the arrow keys, no dragging. */
export function PainScale({ id, name, legend, anchors = '0 = no pain, 10 = worst pain imaginable', error, defaultValue }: ScaleProps) {
  return <RadioGroup id={id} name={name} legend={legend} hint={anchors} options={SCORES} error={error} defaultValue={defaultValue} columns="grid-cols-6 sm:grid-cols-11" />;
}
