import { describe, expect, it } from 'vitest';
import { contactLinks, telHref, type CareContact } from './care-contact-links';

const full: CareContact = {
  therapist: { name: 'Dana Whitfield', phone: '+1 555 0101', email: 'therapist@stride.test' },
  clinic: { name: 'Riverside Physio', phone: '(555) 010-0150', email: 'front-desk@riverside.test' },
};

describe('how a runner reaches care', () => {
  it('dials the digits, keeping a leading +', () => {
    expect(telHref('+1 555 0101')).toBe('tel:+15550101');
    expect(telHref('(555) 010-0150')).toBe('tel:5550100150');
    expect(telHref(' +44 20.7946.0000 ')).toBe('tel:+442079460000');
  });

  it('offers the therapist’s phone and email, then the clinic’s, each named by what it does and to whom', () => {
    expect(contactLinks(full)).toEqual({
      therapist: [
        { kind: 'call', href: 'tel:+15550101', action: 'Call Dana Whitfield', detail: '+1 555 0101' },
        { kind: 'email', href: 'mailto:therapist@stride.test', action: 'Email Dana Whitfield', detail: 'therapist@stride.test' },
      ],
      clinic: [
        { kind: 'call', href: 'tel:5550100150', action: 'Call Riverside Physio', detail: '(555) 010-0150' },
        { kind: 'email', href: 'mailto:front-desk@riverside.test', action: 'Email Riverside Physio', detail: 'front-desk@riverside.test' },
      ],
    });
  });

  it('leaves out what is not set, and a therapist who is no longer there', () => {
    const links = contactLinks({ therapist: { ...full.therapist!, phone: null }, clinic: { name: 'Riverside Physio', phone: null, email: null } });
    expect(links.therapist.map((l) => l.kind)).toEqual(['email']);
    expect(links.clinic).toEqual([]);
    expect(contactLinks({ ...full, therapist: null }).therapist).toEqual([]);
  });
});
