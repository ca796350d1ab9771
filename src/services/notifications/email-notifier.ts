// The email channel: SMTP through nodemailer when ADSAUTH_SMTP_URL is set, otherwise one structured
// log line per email, so a setup without a mail server still sees what would have been sent.
import { createTransport } from 'nodemailer';
import type { Logger } from '../../log.ts';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface EmailNotifier {
  /** Resolves once the server accepted the message (or the line is written); rejects to be retried. */
  send(message: EmailMessage): Promise<void>;
  close(): void;
}

export function createEmailNotifier(options: { smtpUrl: string | undefined; from: string; timeoutMs: number; log: Logger }): EmailNotifier {
  const { smtpUrl, from, log } = options;
  if (!smtpUrl) {
    return {
      send: async (message) => {
        log.info({ email: { from, ...message } }, 'notification email (ADSAUTH_SMTP_URL is not set, so it is logged instead of sent)');
      },
      close: () => {},
    };
  }
  const transport = createTransport({
    url: smtpUrl,
    // nodemailer waits minutes by default; a stuck server must not hold a worker slot that long.
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
  });
  return {
    send: async (message) => {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
    close: () => transport.close(),
  };
}
