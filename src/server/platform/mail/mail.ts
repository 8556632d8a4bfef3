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
