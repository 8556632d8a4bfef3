import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { mail } from './schema';

export interface MailBericht {
  /** Unique per cause (e.g. the event id): sending the same mail twice stores and sends it once. */
  sleutel: string;
  aan: string;
  onderwerp: string;
  tekst: string;
}

/**
 * The same mail has the same Message-ID however often it is sent. SMTP cannot promise exactly
 * once: after a crash between the server's acceptance and our note that it was sent, the retry
 * sends it again, and a receiver recognises it by this id.
 */
export function messageId(bericht: Pick<MailBericht, 'sleutel' | 'aan'>, van: string): string {
  const domein = /@([^>\s]+)/.exec(van)?.[1] ?? 'stadspunt.invalid';
  const id = createHash('sha256').update(`${bericht.sleutel}\n${bericht.aan}`).digest('hex').slice(0, 32);
  return `<${id}@${domein}>`;
}

/** Every mail is kept in the mailbox table; it is also sent when SMTP is configured. */
export class Mailer {
  private readonly transport?: Transporter;

  constructor(
    private readonly db: Db,
    private readonly config: Pick<Config, 'smtp' | 'mailFrom'>,
  ) {
    const smtp = config.smtp;
    if (smtp) {
      this.transport = nodemailer.createTransport({
        host: smtp.host,
        port: smtp.port,
        secure: smtp.secure,
        auth: smtp.user ? { user: smtp.user, pass: smtp.password } : undefined,
      });
    }
  }

  async verstuur(bericht: MailBericht): Promise<void> {
    await this.db
      .insert(mail)
      .values({ ...bericht, status: this.transport ? 'wachtrij' : 'bewaard' })
      .onConflictDoNothing();
    const waar = and(eq(mail.sleutel, bericht.sleutel), eq(mail.aan, bericht.aan));
    const [opgeslagen] = await this.db.select().from(mail).where(waar);
    if (!this.transport || opgeslagen.status === 'verzonden' || opgeslagen.status === 'bewaard') return;
    try {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        messageId: messageId(bericht, this.config.mailFrom),
        to: bericht.aan,
        subject: bericht.onderwerp,
        text: bericht.tekst,
      });
      await this.db.update(mail).set({ status: 'verzonden', verzonden: new Date(), fout: null }).where(waar);
    } catch (error) {
      await this.db
        .update(mail)
        .set({ status: 'mislukt', fout: String(error) })
        .where(waar);
      throw error;
    }
  }

  close(): void {
    this.transport?.close();
  }
}
