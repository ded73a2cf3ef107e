import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/env';

let cached: { url: string; transport: Transporter } | undefined;

/** The one SMTP transport of the process (SMTP_URL), or null when none is configured. */
export function smtpTransport(): Transporter | null {
  const { SMTP_URL } = env();
  if (!SMTP_URL) return null;
  if (cached?.url !== SMTP_URL) cached = { url: SMTP_URL, transport: nodemailer.createTransport(SMTP_URL) };
  return cached.transport;
}

export function mailFrom(): string {
  return env().MAIL_FROM;
}
