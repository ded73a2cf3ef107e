'use client';

import { Field } from '@/components/ui/field';
import { ActionForm, FormError, SubmitButton, useActionForm } from '@/components/ui/form';
import { setStaffPhoneAction } from '@/lib/admin/people/actions';

/** A therapist's or admin's work phone, which their runners' stop cards offer; blank clears it. */
export function StaffPhoneForm({ userId, name, phone }: { userId: string; name: string; phone: string | null }) {
  const form = useActionForm(setStaffPhoneAction);
  const id = `phone-${userId}`;
  return (
    <ActionForm form={form} className="min-w-56">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-start gap-2">
        <Field id={id} name="phone" type="tel" autoComplete="off" label={`Work phone of ${name}`} defaultValue={phone ?? ''} className="min-w-40 flex-1 [&>label]:sr-only" />
        <SubmitButton variant="secondary" className="mt-1">
          Save<span className="sr-only"> work phone of {name}</span>
        </SubmitButton>
      </div>
      <FormError className="text-sm" />
      <p role="status" className="sr-only">
        {form.state.status === 'ok' ? `Work phone of ${name} saved.` : ''}
      </p>
    </ActionForm>
  );
}
