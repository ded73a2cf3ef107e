/** How a runner reaches care: their therapist (while active) and their clinic. Plain data for the screen. */
export interface CareContact {
  therapist: { name: string; phone: string | null; email: string } | null;
  clinic: { name: string; phone: string | null; email: string | null };
}

export interface ContactLink {
  kind: 'call' | 'email';
  href: string;
  /** What the link does, in words: "Call Dana Whitfield". */
  action: string;
  /** The number or address it uses. */
  detail: string;
}

/** A tel: address keeps the leading + and the digits only: "+1 555 0100" → "tel:+15550100". */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${digits}`;
}

function linksFor(name: string, phone: string | null, email: string | null): ContactLink[] {
  return [
    ...(phone ? [{ kind: 'call' as const, href: telHref(phone), action: `Call ${name}`, detail: phone }] : []),
    ...(email ? [{ kind: 'email' as const, href: `mailto:${email}`, action: `Email ${name}`, detail: email }] : []),
  ];
}

/** The therapist's phone and email first, then the clinic's: the ways that exist, each one link. */
export function contactLinks(contact: CareContact): { therapist: ContactLink[]; clinic: ContactLink[] } {
  const { therapist, clinic } = contact;
  return {
    therapist: therapist ? linksFor(therapist.name, therapist.phone, therapist.email) : [],
    clinic: linksFor(clinic.name, clinic.phone, clinic.email),
  };
}
