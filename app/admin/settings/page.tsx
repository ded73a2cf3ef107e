import type { Metadata } from 'next';
import { ClinicContactForm } from '@/components/admin/clinic-contact-form';
import { ClinicSettingsForm, type PresetOption } from '@/components/admin/clinic-settings-form';
import { Card } from '@/components/ui/card';
import { clinicSettings } from '@/lib/admin/settings/queries';
import { requireRole } from '@/lib/auth';
import { DEFAULT_SETTINGS, PAIN_PRESET_IDS, PAIN_PRESETS, resolveSettings, SETTINGS_LIMITS, type PainPreset } from '@/lib/protocol';

export const metadata: Metadata = { title: 'Clinic settings' };

const PRESET_TEXT: Record<PainPreset, { label: string; description: string }> = {
  seed: {
    label: 'General soft-tissue injury',
    description: `Pain up to ${PAIN_PRESETS.seed.painAllowance}/10 before, during and after a run, and no higher than before it (the guide’s own rule); ${PAIN_PRESETS.seed.stopPain}/10 stops running.`,
  },
  tendinopathy: {
    label: 'Tendinopathy',
    description: `Pain up to ${PAIN_PRESETS.tendinopathy.painAllowance}/10, and it may rise during a run if it settles by the next morning; ${PAIN_PRESETS.tendinopathy.stopPain}/10 stops running.`,
  },
  bone_stress: {
    label: 'Bone stress injury',
    description: `No pain at the injury site (allowance ${PAIN_PRESETS.bone_stress.painAllowance}); ${PAIN_PRESETS.bone_stress.stopPain}/10 stops running.`,
  },
};

function shown(value: unknown, scale = 1): string {
  return typeof value === 'number' ? String(Math.round(value * scale * 10) / 10) : '';
}

export default async function ClinicSettingsPage() {
  const admin = await requireRole('admin');
  const settings = await clinicSettings(admin);
  const stored = settings.protocolSettings;
  const presets: PresetOption[] = PAIN_PRESET_IDS.map((id) => ({ id, ...PRESET_TEXT[id] }));
  const effective = PAIN_PRESET_IDS.map((id) => ({ id, settings: resolveSettings(id, stored) }));

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Clinic settings</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        The defaults of {admin.clinicName}. Each value must lie within the protocol’s safe range; changes apply to plans from now on, never to decisions already made.
      </p>
      <Card className="mt-6">
        <ClinicSettingsForm
          defaultPreset={settings.defaultPreset}
          presets={presets}
          values={{
            painAllowance: shown(stored.painAllowance),
            sessionMinutes: shown(stored.sessionMinutes),
            weeklyIncreasePercent: shown(stored.weeklyIncrease, 100),
            maxRunDaysPerWeek: shown(stored.maxRunDaysPerWeek),
            stopPain: shown(stored.stopPain),
            gapDays: shown(stored.gapDays),
          }}
          hints={{
            painAllowance: `Empty: each runner’s preset decides (${PAIN_PRESET_IDS.map((id) => `${PRESET_TEXT[id].label.toLowerCase()} ${PAIN_PRESETS[id].painAllowance}`).join(', ')}). A number here lowers a preset’s allowance, never raises it.`,
            stopPain: `Empty: each runner’s preset decides (${PAIN_PRESET_IDS.map((id) => `${PRESET_TEXT[id].label.toLowerCase()} ${PAIN_PRESETS[id].stopPain}`).join(', ')}). Pain at or above it before, during or after a run stops running.`,
            sessionMinutes: `Default ${DEFAULT_SETTINGS.sessionMinutes}; from ${SETTINGS_LIMITS.sessionMinutes.min} to ${SETTINGS_LIMITS.sessionMinutes.max}.`,
            weeklyIncreasePercent: `Default ${DEFAULT_SETTINGS.weeklyIncrease * 100} % (the 10 % rule); from ${SETTINGS_LIMITS.weeklyIncrease.min * 100} to ${SETTINGS_LIMITS.weeklyIncrease.max * 100}.`,
            maxRunDaysPerWeek: `Default ${DEFAULT_SETTINGS.maxRunDaysPerWeek}; from ${SETTINGS_LIMITS.maxRunDaysPerWeek.min} to ${SETTINGS_LIMITS.maxRunDaysPerWeek.max}, never two days in a row.`,
            gapDays: `Default ${DEFAULT_SETTINGS.gapDays}. A longer break steps the next run back; over twice as long asks the therapist to review, over four times needs a reassessment.`,
          }}
        />
      </Card>
      <Card title="Clinic contact" className="mt-6">
        <p className="mb-3 text-sm text-slate-700">
          How runners reach {admin.clinicName}: shown beside their therapist’s phone and email whenever a runner is told to stop running or to contact their therapist.
        </p>
        <ClinicContactForm phone={settings.contactPhone} email={settings.contactEmail} />
      </Card>
      <Card title="What a new runner gets with each preset" className="mt-6">
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">The settings a new runner starts with, by pain preset, with the clinic settings saved now</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">Preset</th>
                <th scope="col" className="py-2 pr-3 text-right">Pain allowance</th>
                <th scope="col" className="py-2 pr-3 text-right">Stops running at</th>
                <th scope="col" className="py-2 pr-3 text-right">Session minutes</th>
                <th scope="col" className="py-2 pr-3 text-right">Weekly increase</th>
                <th scope="col" className="py-2 pr-3 text-right">Run days a week</th>
              </tr>
            </thead>
            <tbody>
              {effective.map(({ id, settings: s }) => (
                <tr key={id} className="border-b border-slate-100">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {PRESET_TEXT[id].label}
                    {id === settings.defaultPreset ? ' (default)' : ''}
                  </th>
                  <td className="py-2 pr-3 text-right">{s.painAllowance}</td>
                  <td className="py-2 pr-3 text-right">{s.stopPain}</td>
                  <td className="py-2 pr-3 text-right">{s.sessionMinutes}</td>
                  <td className="py-2 pr-3 text-right">{Math.round(s.weeklyIncrease * 1000) / 10} %</td>
                  <td className="py-2 pr-3 text-right">{s.maxRunDaysPerWeek}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
