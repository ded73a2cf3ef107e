import { z } from 'zod';
import { optionalEmailAddress, optionalPhone } from './form-fields';

/** How runners reach the clinic: both optional, blank clears. */
export const clinicContactSchema = z.strictObject({
  contactPhone: optionalPhone,
  contactEmail: optionalEmailAddress,
});

/** A staff member's work phone, set by an admin of their clinic; blank clears it. */
export const staffPhoneSchema = z.strictObject({
  userId: z.uuid({ error: 'Choose a person.' }),
  phone: optionalPhone,
});
