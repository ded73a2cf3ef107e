import 'server-only';
import { mailFrom, smtpTransport } from './smtp';

export interface Email {
  to: string;
  subject: string;
  text: string;
}

/** Sends through SMTP_URL when configured; answers false (nothing sent) when it is not, so callers show the link instead. */
export async function sendEmail(email: Email): Promise<boolean> {
  const transport = smtpTransport();
  if (!transport) return false;
  await transport.sendMail({ from: mailFrom(), ...email });
  return true;
}
