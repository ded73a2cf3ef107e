'use client';

import { Field } from '@/components/ui/field';
import { ActionForm, Confirmation, FormActions, SubmitButton, useActionForm } from '@/components/ui/form';
import { saveClinicContactAction } from '@/lib/admin/settings/actions';

interface Props {
  phone: string | null;
  email: string | null;
}

/** The clinic's phone and email, which a runner's stop card offers beside their therapist's. */
export function ClinicContactForm({ phone, email }: Props) {
  const form = useActionForm(saveClinicContactAction);
  return (
    <ActionForm form={form} className="space-y-4" aria-label="Clinic contact">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="clinic-contact-phone"
          name="contactPhone"
          type="tel"
          autoComplete="tel"
          label="Clinic phone"
          hint="For example +1 555 0150. Empty: not shown."
          defaultValue={phone ?? ''}
        />
        <Field
          id="clinic-contact-email"
          name="contactEmail"
          type="email"
          autoComplete="email"
          label="Clinic email"
          hint="For example front-desk@clinic.com. Empty: not shown."
          defaultValue={email ?? ''}
        />
      </div>
      <FormActions>
        <SubmitButton>Save clinic contact</SubmitButton>
      </FormActions>
      <Confirmation focusKey={form.state.status === 'ok' ? form.state : null}>{form.state.status === 'ok' ? 'Clinic contact saved.' : null}</Confirmation>
    </ActionForm>
  );
}
