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

export interface SmtpOpties {
  /** Answer this message only when the promise resolves, as a slow mail server does. */
  wacht?: (mail: GevangenMail) => Promise<void>;
  /** Refuse this message with 451 (a temporary failure, as a busy mail server gives) instead of keeping it. */
  weiger?: (mail: GevangenMail) => boolean;
}

/** A real SMTP server on loopback that keeps every message it receives. */
export async function startSmtpCatcher(opties: SmtpOpties = {}): Promise<SmtpCatcher> {
  const messages: GevangenMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const delen: Buffer[] = [];
      stream.on('data', (deel: Buffer) => delen.push(deel));
      stream.on('end', async () => {
        const raw = Buffer.concat(delen).toString('utf8');
        const mail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          messageId: /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1],
        };
        await opties.wacht?.(mail);
        if (opties.weiger?.(mail))
          return callback(Object.assign(new Error('Probeer het later opnieuw'), { responseCode: 451 }));
        messages.push(mail);
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
