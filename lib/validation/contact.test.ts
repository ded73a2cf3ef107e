import { describe, expect, it } from 'vitest';
import { PHONE_MESSAGE } from './form-fields';
import { clinicContactSchema, staffPhoneSchema } from './contact';

const USER = '0b6f9c1e-2a7d-4c1b-9f3e-5d8a7c6b4e21';

describe('clinic contact and work phone', () => {
  it('accepts phone numbers as people write them, and blank as "not set"', () => {
    for (const phone of ['+1 555 0150', '(555) 010-0150', '020 7946 0000', '+44 20.7946.0000', '  +1  555   0150 ']) {
      expect(clinicContactSchema.parse({ contactPhone: phone, contactEmail: '' }).contactPhone, phone).toMatch(/^\+?[\d(]/);
    }
    expect(clinicContactSchema.parse({ contactPhone: '  +1  555   0150 ', contactEmail: '' })).toEqual({ contactPhone: '+1 555 0150', contactEmail: null });
    expect(clinicContactSchema.parse({ contactPhone: ' ', contactEmail: ' ' })).toEqual({ contactPhone: null, contactEmail: null });
  });

  it('refuses what cannot be dialled, with the message at the field', () => {
    for (const phone of ['12345', 'call me', '+1 555 0150 ext 2', '1'.repeat(16), '++15550150', '5550150+', '<script>', '1-2-3-4-5-6-7-8-9-0-1-2-3-4-5-6']) {
      const result = clinicContactSchema.safeParse({ contactPhone: phone, contactEmail: '' });
      expect(result.success, phone).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ['contactPhone'], message: PHONE_MESSAGE });
    }
  });

  it('lower-cases a valid email and refuses a malformed one', () => {
    expect(clinicContactSchema.parse({ contactPhone: '', contactEmail: ' Front-Desk@Riverside.TEST ' }).contactEmail).toBe('front-desk@riverside.test');
    const result = clinicContactSchema.safeParse({ contactPhone: '', contactEmail: 'front desk@clinic' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['contactEmail'], message: 'Enter a valid email address, like name@clinic.com.' });
  });

  it('is strict: no clinic id or other field rides along', () => {
    expect(clinicContactSchema.safeParse({ contactPhone: '', contactEmail: '', clinicId: USER }).success).toBe(false);
    expect(staffPhoneSchema.safeParse({ userId: USER, phone: '+1 555 0101', role: 'admin' }).success).toBe(false);
    expect(staffPhoneSchema.parse({ userId: USER, phone: '+1 555 0101' })).toEqual({ userId: USER, phone: '+1 555 0101' });
  });
});
