import { SMTPServer } from 'smtp-server';
import { freePort } from './processes';

export interface ReceivedMail {
  to: string;
  at: Date;
}

/**
 * A real SMTP server on loopback that keeps what it receives; it can be stopped (the port then
 * refuses connections, as a mail server that is down) and started again on the same port.
 */
export class MailServer {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | undefined;

  private constructor(readonly port: number) {}

  static async start(): Promise<MailServer> {
    const mail = new MailServer(await freePort());
    await mail.up();
    return mail;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async up(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        stream.resume();
        stream.on('end', () => {
          for (const to of session.envelope.rcptTo) this.received.push({ to: to.address, at: new Date() });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
