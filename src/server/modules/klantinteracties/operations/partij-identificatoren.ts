import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../platform/db/client';
import { basisregistraties, volledigeNaam } from '../../basisregistratie';
import { wijzigPartij } from '../../partijen/operations/partij-beheer';
import { partijView } from '../../partijen/views';
import { ongeldigVeld, validatieFout } from '../fouten';
import { groepstype, identificatorId, kandidaten, SOORTEN, sleutelsUit } from '../identificatoren';
import type { PartijIdentificatorInvoer as Invoer } from '../schemas';
import { alsStandaard } from './partijen';

/**
 * A partij-identificator is a key column of Stadspunt's partij: adding one fills the column,
 * deleting one empties it. The standard allows identificatoren without a partij; Stadspunt
 * keeps them only on a partij.
 */
async function leesPartij(tx: Tx, id: string) {
  const [p] = await tx.select().from(partijView).where(eq(partijView.id, id));
  if (!p) throw ongeldigVeld('identificeerdePartij.uuid', 'Deze partij bestaat niet.', 'does_not_exist');
  return p;
}

/** A BSN names the person: the name is taken from the BRP, as when the KCC opens a person. */
async function naamBijBsn(ctx: AppContext, i: Invoer) {
  if (
    i.partijIdentificator.codeSoortObjectId !== 'bsn' ||
    !SOORTEN.bsn.geldig(i.partijIdentificator.objectId)
  )
    return undefined;
  const gelezen = await basisregistraties(ctx).brp.leesPersoon(i.partijIdentificator.objectId);
  if (!gelezen)
    throw ongeldigVeld('partijIdentificator.objectId', 'Dit BSN is niet bekend in de BRP.', 'not_found');
  return volledigeNaam(gelezen.gegevens);
}

async function zet(tx: Tx, actor: Actor, i: Invoer, naam: string | undefined) {
  const partijId = i.identificeerdePartij?.uuid;
  if (!partijId)
    throw ongeldigVeld(
      'identificeerdePartij',
      'Stadspunt legt een identificator vast bij een partij.',
      'required',
    );
  const p = await leesPartij(tx, partijId);
  const soort = i.partijIdentificator.codeSoortObjectId;
  const kvk =
    soort === 'vestigingsnummer' && p.kvkNummer
      ? [{ partijIdentificator: groepstype('kvk_nummer', p.kvkNummer) }]
      : [];
  sleutelsUit([...kvk, i], p.soort, () => '');
  const veld = SOORTEN[soort].veld;
  if (p[veld])
    throw validatieFout([
      {
        name: 'partijIdentificator.codeSoortObjectId',
        code: 'unique',
        reason: `Deze partij heeft al een ${soort}.`,
      },
    ]);
  await wijzigPartij(tx, actor, partijId, {
    [veld]: i.partijIdentificator.objectId,
    ...(naam ? { naam } : {}),
  });
  return identificatorId(partijId, soort);
}

const velden = { bsn: 'partijIdentificator.objectId', vestigingsnummer: 'partijIdentificator.objectId' };

export async function maakPartijIdentificator(ctx: AppContext, actor: Actor, i: Invoer) {
  const naam = await naamBijBsn(ctx, i);
  return alsStandaard(() => ctx.db.transaction((tx) => zet(tx, actor, i, naam)), velden);
}

async function leeg(tx: Tx, actor: Actor, id: string) {
  for (const { partijId, soort } of kandidaten(id)) {
    const [rij] = await tx.select().from(partijView).where(eq(partijView.id, partijId));
    if (!rij?.[SOORTEN[soort].veld]) continue;
    if (soort === 'kvk_nummer' && rij.vestigingsnummer)
      throw ongeldigVeld(
        'nonFieldErrors',
        'Bij dit KvK-nummer hoort nog een vestigingsnummer; verwijder of wijzig dat eerst.',
      );
    await wijzigPartij(tx, actor, partijId, { [SOORTEN[soort].veld]: null });
    return { partijId, soort };
  }
  return undefined;
}

export async function wijzigPartijIdentificator(ctx: AppContext, actor: Actor, id: string, i: Invoer) {
  const naam = await naamBijBsn(ctx, i);
  return alsStandaard(
    () =>
      ctx.db.transaction(async (tx) => {
        await leeg(tx, actor, id);
        return zet(tx, actor, i, naam);
      }),
    velden,
  );
}

export async function verwijderPartijIdentificator(ctx: AppContext, actor: Actor, id: string) {
  await alsStandaard(() => ctx.db.transaction((tx) => leeg(tx, actor, id)));
  return undefined;
}
