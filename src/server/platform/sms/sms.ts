import type { Logger } from 'pino';

export interface SmsBericht {
  /** Unique per cause, as with mail: a provider may use it to send once. */
  sleutel: string;
  /** E.164, e.g. +31612345678. */
  aan: string;
  tekst: string;
}

/**
 * Where text messages go. Municipalities contract an SMS gateway of their own; an adapter
 * for it implements this interface and is passed to startRuntime.
 */
export interface SmsProvider {
  readonly naam: string;
  verstuur(bericht: SmsBericht): Promise<void>;
}

/** Without a gateway: the message is written to the log, so nothing is lost silently. */
export function logSms(logger: Logger): SmsProvider {
  return {
    naam: 'log',
    async verstuur(bericht) {
      logger.info(
        { sms: { aan: bericht.aan, sleutel: bericht.sleutel, tekens: bericht.tekst.length } },
        'sms niet verstuurd: geen sms-gateway ingesteld',
      );
    },
  };
}

/** Dutch mobile numbers (06) can receive a text message; landlines cannot. */
export const isMobiel = (e164: string) => /^\+316\d{8}$/.test(e164);
