import 'server-only';
import { mailFrom, smtpTransport } from '@/lib/email/smtp';

export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
  html: string | null;
  messageId: string;
}

export interface MessageTransport {
  /** `kept`: nothing leaves the app (no SMTP configured); the row is recorded as kept, not sent. */
  readonly outcome: 'sent' | 'kept';
  send(message: OutgoingMessage): Promise<void>;
}

/** SMTP through SMTP_URL when configured, else a transport that keeps every message in the app. */
export function configuredTransport(): MessageTransport {
  const smtp = smtpTransport();
  if (!smtp) return { outcome: 'kept', send: async () => {} };
  return {
    outcome: 'sent',
    send: async (message) => {
      await smtp.sendMail({
        from: mailFrom(),
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        messageId: message.messageId,
      });
    },
  };
}
