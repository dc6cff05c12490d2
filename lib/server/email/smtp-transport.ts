import 'server-only';
import nodemailer from 'nodemailer';
import { env } from '@/lib/env';
import type { SendEmail } from './deliver-outbox';

/** Sending over SMTP_URL with nodemailer; without it there is no sender and mail waits in the outbox. */
export function smtpSender(): SendEmail | null {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return null;
  const transport = nodemailer.createTransport(SMTP_URL);
  return async (email) => {
    await transport.sendMail({ from: MAIL_FROM, to: email.toAddress, subject: email.subject, text: email.text, html: email.html });
  };
}
