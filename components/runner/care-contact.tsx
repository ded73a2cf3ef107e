import { buttonClasses } from '@/components/ui/button';
import { contactLinks, type CareContact, type ContactLink } from '@/lib/runner/care-contact-links';

function Icon({ kind }: { kind: ContactLink['kind'] }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      {kind === 'call' ? (
        <path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2" />
      ) : (
        <>
          <rect x="3" y="5" width="18" height="14" rx="2" />
          <path d="m3 7 9 6 9-6" />
        </>
      )}
    </svg>
  );
}

function ContactButton({ link, primary }: { link: ContactLink; primary: boolean }) {
  return (
    <li>
      {/* Named as it reads, with a pause between the two lines: "Call Dana Whitfield, +1 555 0101". */}
      <a href={link.href} aria-label={`${link.action}, ${link.detail}`} className={buttonClasses(primary ? 'primary' : 'secondary', 'w-full justify-start text-left')}>
        <Icon kind={link.kind} />
        <span className="flex min-w-0 flex-col">
          <span>{link.action}</span>
          <span className={`break-all text-sm font-normal ${primary ? 'text-white' : 'text-slate-700'}`}>{link.detail}</span>
        </span>
      </a>
    </li>
  );
}

/**
 * Where a runner is told to stop or to contact their therapist: the therapist's phone and email and the clinic's,
 * as large links that call or write at a tap. Each link is named by what it does and to whom.
 */
export function CareContact({ contact, className = '' }: { contact: CareContact; className?: string }) {
  const { therapist, clinic } = contactLinks(contact);
  const all = [...therapist, ...clinic];
  return (
    <div className={className} data-testid="care-contact">
      <p className="font-medium">{contact.therapist ? `Contact ${contact.therapist.name}, your physical therapist` : `Contact ${contact.clinic.name}`}</p>
      {all.length === 0 ? (
        <p className="mt-1">Ask at {contact.clinic.name} how to reach your physical therapist.</p>
      ) : (
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {therapist.map((link) => (
            <ContactButton key={`therapist-${link.href}`} link={link} primary={link.kind === 'call' || !therapist.some((l) => l.kind === 'call')} />
          ))}
          {clinic.map((link) => (
            <ContactButton key={`clinic-${link.href}`} link={link} primary={false} />
          ))}
        </ul>
      )}
    </div>
  );
}
