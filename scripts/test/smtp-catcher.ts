import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface GevangenMail {
  from: string;
  to: string[];
  raw: string;
  /** The Message-ID header, by which a receiver knows a mail it got before. */
  messageId: string | undefined;
}

export interface SmtpCatcher {
  port: number;
  messages: GevangenMail[];
  stop(): Promise<void>;
}

/** A real SMTP server on loopback that keeps every message it receives. */
export async function startSmtpCatcher(): Promise<SmtpCatcher> {
  const messages: GevangenMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const delen: Buffer[] = [];
      stream.on('data', (deel: Buffer) => delen.push(deel));
      stream.on('end', () => {
        const raw = Buffer.concat(delen).toString('utf8');
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          messageId: /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1],
        });
        callback();
      });
    },
  });
  // A client that disappears mid-conversation (a killed server) is no reason to stop catching.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    messages,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
