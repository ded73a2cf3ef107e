/** A sign-in time in UTC, the same on server and browser (no locale or time zone guessing). */
export function SignInTime({ at }: { at: Date | null }) {
  if (!at) return <span className="text-slate-700">Never</span>;
  const iso = at.toISOString();
  return <time dateTime={iso}>{`${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`}</time>;
}
