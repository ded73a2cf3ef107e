import 'server-only';
import nodemailer from 'nodemailer';
import { env } from '@/lib/env';

export interface Email {
  to: string;
  subject: string;
  text: string;
}

/** Sends through SMTP_URL when configured; answers false (nothing sent) when it is not, so callers show the link instead. */
export async function sendEmail(email: Email): Promise<boolean> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return false;
  const transport = nodemailer.createTransport(SMTP_URL);
  await transport.sendMail({ from: MAIL_FROM, ...email });
  return true;
}
