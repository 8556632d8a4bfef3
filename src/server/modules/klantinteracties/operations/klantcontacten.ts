import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../platform/db/client';
import { insertKlantcontact } from '../../klantcontacten/operations/register-klantcontact';
import { kanalen } from '../../klantcontacten/waarden';
import { type Json, weergaveVan } from '../bron';
import { klantcontacten } from '../bronnen/klantcontacten';
import { conflictFout, ongeldigVeld } from '../fouten';
import { kiKlantcontact } from '../schema';
import type { KlantcontactStandaardInvoer as Invoer } from '../schemas';
import { alsStandaard } from './partijen';

/**
 * A klantcontact of the standard is Stadspunt's klantcontact with one question: onderwerp,
 * inhoud and reactie are its subject, question and answer. Stadspunt's rules hold: a known
 * kanaal, a start not in the future nor more than 12 hours ago, and a completed contact does
 * not change or disappear. The standard's other fields sit beside it in ki_klantcontact.
 */
const ALIASSEN: Record<string, (typeof kanalen)[number]> = {
  email: 'e-mail',
  mail: 'e-mail',
  telefonisch: 'telefoon',
  'live chat': 'chat',
  livechat: 'chat',
  formulier: 'webformulier',
  'social-media': 'social media',
  socialmedia: 'social media',
};

export function stadspuntKanaal(kanaal: string, veld = 'kanaal'): (typeof kanalen)[number] {
  const k = kanaal.trim().toLowerCase();
  const gevonden = (kanalen as readonly string[]).includes(k) ? (k as (typeof kanalen)[number]) : ALIASSEN[k];
  if (!gevonden) throw ongeldigVeld(veld, `Kies een kanaal: ${kanalen.join(', ')}.`, 'invalid_choice');
  return gevonden;
}

const extra = (i: Invoer) => ({
  nummer: i.nummer ?? null,
  referentienummer: i.referentienummer ?? null,
  indicatieContactGelukt: i.indicatieContactGelukt ?? null,
  hoofdOnderwerpType: i.hoofdOnderwerpType ?? '',
  verdereActieOndernomen: i.verdereActieOndernomen ?? false,
  taal: i.taal,
  vertrouwelijk: i.vertrouwelijk,
  metadata: i.metadata ?? null,
});

/** Stadspunt's field names as the standard names them. */
export const klantcontactVelden = (voorvoegsel = '') => ({
  start: `${voorvoegsel}plaatsgevondenOp`,
  kanaal: `${voorvoegsel}kanaal`,
  vragen: `${voorvoegsel}onderwerp`,
  'vragen.0.onderwerp': `${voorvoegsel}onderwerp`,
  'vragen.0.vraag': `${voorvoegsel}inhoud`,
});

export async function insertStandaardKlantcontact(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  i: Invoer,
  voorvoegsel = '',
): Promise<string> {
  const kanaal = stadspuntKanaal(i.kanaal, `${voorvoegsel}kanaal`);
  const kc = await insertKlantcontact(
    tx,
    actor,
    {
      kanaal,
      partijId: null,
      start: i.plaatsgevondenOp,
      status: 'afgerond',
      vragen: [
        {
          onderwerp: i.onderwerp,
          vraag: i.inhoud || i.onderwerp,
          antwoord: i.reactie ?? '',
          uitkomst: 'afgehandeld',
        },
      ],
    },
    ctx.now(),
  );
  await tx.insert(kiKlantcontact).values({ klantcontactId: kc.id, ...extra(i) });
  return kc.id;
}

export const maakKlantcontact = (ctx: AppContext, actor: Actor, i: Invoer) =>
  alsStandaard(async () => {
    const id = await ctx.db.transaction((tx) => insertStandaardKlantcontact(ctx, tx, actor, i));
    ctx.jobs.gewijzigd('klantcontact');
    return id;
  }, klantcontactVelden());

/** What the registration says; the standard's extra fields may change, this may not. */
const kern = (k: Json) =>
  JSON.stringify([
    k.kanaal,
    k.onderwerp,
    k.inhoud,
    k.reactie,
    new Date(String(k.plaatsgevondenOp)).getTime(),
  ]);

export async function wijzigKlantcontact(ctx: AppContext, actor: Actor, id: string, i: Invoer) {
  const [rij] = await klantcontacten.lees(ctx.db, [id]);
  const was = klantcontacten.toon(rij, weergaveVan(ctx));
  const wordt = { ...i, kanaal: stadspuntKanaal(i.kanaal), inhoud: i.inhoud ?? '', reactie: i.reactie ?? '' };
  if (kern(was) !== kern({ ...wordt, plaatsgevondenOp: i.plaatsgevondenOp ?? was.plaatsgevondenOp }))
    throw conflictFout(
      'Een geregistreerd klantcontact wijzigt niet: kanaal, onderwerp, inhoud, reactie en plaatsgevondenOp staan vast.',
    );
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(kiKlantcontact)
      .values({ klantcontactId: id, ...extra(i) })
      .onConflictDoUpdate({ target: kiKlantcontact.klantcontactId, set: extra(i) });
    await audit(tx, actor, {
      actie: 'klantinteracties.klantcontact.gewijzigd',
      objectType: 'klantcontact',
      objectId: id,
    });
  });
}

export async function verwijderKlantcontact(): Promise<undefined> {
  throw conflictFout('Een geregistreerd klantcontact blijft bewaard en kan niet worden verwijderd.');
}
