import { useQuery } from '@tanstack/react-query';
import { DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import { ApiFout, get } from '../../api';
import type { ActieUitkomst } from '../../components/actieformulier';
import { AppLink } from '../../components/applink';
import { Conflictmelding, Foutmelding, Melding } from '../../components/fouten';
import { Gegeven } from '../../components/gegeven';
import { Pagina } from '../../components/pagina';
import { datum, tijdstip } from '../../datum';
import { useMedewerker } from '../../sessie';
import { kaartLink } from '../contactverzoeken/werkvoorraad';
import {
  Afsluiten,
  BesluitVastleggen,
  EigenschapVastleggen,
  Hervatten,
  Notitie,
  Oppakken,
  Opschorten,
  StatusZetten,
  Toewijzen,
  Verlengen,
} from './acties';
import { ZaakDocumenten } from './documenten';
import { ZaakTermijn } from './termijn';
import { archiefnominatieTekst, type Logboekregel, soortTekst, standVan, type ZaakDetail } from './typen';
import { duurTekst, type ZaaktypeKeuzes, zaaktypeQuery } from './zaaktype';

const Rij = (p: { label: string; children: ReactNode }) => <Gegeven {...p} leeg="–" />;

/** Where the zaak stands: status, both deadlines, suspension and extension, result and archive. */
function Stand({ z }: { z: ZaakDetail }) {
  return (
    <DataList>
      <Rij label="Status">{standVan(z)}</Rij>
      <Rij label="Zaaktype">{z.zaaktypeOmschrijving}</Rij>
      <Rij label="Uiterlijk klaar">
        <ZaakTermijn zaak={z} />
      </Rij>
      <Rij label="Servicenorm">
        {z.einddatumGepland &&
          `${datum(z.einddatumGepland)}${z.servicenormOverschreden ? ' (overschreden)' : ''}`}
      </Rij>
      {z.opgeschortSinds && (
        <Rij label="Opgeschort">{`sinds ${datum(z.opgeschortSinds)}: ${z.opschortingReden}`}</Rij>
      )}
      {!z.opgeschortSinds && z.opgeschortGeweest && (
        <Rij label="Opgeschort">{`eerder: ${z.opschortingReden}`}</Rij>
      )}
      {z.verlengingDuur && (
        <Rij label="Verlengd">{`met ${duurTekst(z.verlengingDuur)}: ${z.verlengingReden}`}</Rij>
      )}
      {z.einddatum && (
        <>
          <Rij label="Afgesloten">{datum(z.einddatum)}</Rij>
          <Rij label="Resultaat">
            {[z.resultaatOmschrijving, z.resultaatToelichting].filter(Boolean).join(': ')}
          </Rij>
          <Rij label="Archiefnominatie">
            {z.archiefnominatie && archiefnominatieTekst[z.archiefnominatie]}
          </Rij>
          <Rij label="Archiefactiedatum">{z.archiefactiedatum && datum(z.archiefactiedatum)}</Rij>
        </>
      )}
      <Rij label="Omschrijving">{z.omschrijving}</Rij>
      <Rij label="Toelichting">{z.toelichting}</Rij>
      <Rij label="Aanvrager">
        {z.initiatorId ? <AppLink {...kaartLink(z.initiatorId)}>{z.initiatorNaam}</AppLink> : z.initiatorNaam}
      </Rij>
      <Rij label="Team">{z.teamNaam}</Rij>
      <Rij label="Behandelaar">{z.behandelaarNaam ?? 'Nog niemand'}</Rij>
      <Rij label="Gestart">{datum(z.startdatum)}</Rij>
    </DataList>
  );
}

function Sectie({ id, titel, children }: { id: string; titel: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-kop`}>
      <Heading level={2} id={`${id}-kop`}>
        {titel}
      </Heading>
      {children}
    </section>
  );
}

function Onderdelen({ z }: { z: ZaakDetail }) {
  return (
    <>
      <Sectie id="statussen" titel="Statussen">
        <ol className="stadspunt-tijdlijn-lijst">
          {z.statussen.map((s) => (
            <li key={`${s.statustypeId}-${s.datumStatusGezet}`}>
              <time dateTime={s.datumStatusGezet}>{tijdstip(s.datumStatusGezet)}</time> ·{' '}
              <strong>{s.omschrijving}</strong>
              {s.statustoelichting && ` — ${s.statustoelichting}`}
            </li>
          ))}
        </ol>
      </Sectie>
      {z.niveau === 'volledig' && (
        <>
          <Sectie id="eigenschappen" titel="Eigenschappen">
            {z.eigenschappen.length === 0 ? (
              <Paragraph>Nog geen eigenschappen vastgelegd.</Paragraph>
            ) : (
              <DataList>
                {z.eigenschappen.map((e) => (
                  <Rij key={e.eigenschapId} label={e.naam}>
                    {e.waarde}
                  </Rij>
                ))}
              </DataList>
            )}
          </Sectie>
          <Sectie id="besluiten" titel="Besluiten">
            {z.besluiten.length === 0 ? (
              <Paragraph>Nog geen besluiten.</Paragraph>
            ) : (
              <ul>
                {z.besluiten.map((b) => (
                  <li key={b.id}>
                    {b.identificatie}: {b.omschrijving}, besloten {datum(b.datum)}, geldig vanaf{' '}
                    {datum(b.ingangsdatum)}
                    {b.vervaldatum && ` tot ${datum(b.vervaldatum)}`}
                    {b.toelichting && ` — ${b.toelichting}`}
                  </li>
                ))}
              </ul>
            )}
          </Sectie>
        </>
      )}
      {(z.gerelateerd.length > 0 || z.hoofdzaakId) && (
        <Sectie id="gerelateerd" titel="Deelzaken en gerelateerde zaken">
          <ul>
            {z.hoofdzaakId && (
              <li>
                Deelzaak van <AppLink naar={`/zaken/${z.hoofdzaakId}`}>de hoofdzaak</AppLink>
              </li>
            )}
            {z.gerelateerd.map((g) => (
              <li key={g.id}>
                {g.relatie}: <AppLink naar={`/zaken/${g.id}`}>{g.identificatie}</AppLink> {g.omschrijving}
                {g.einddatum ? ` (afgesloten ${datum(g.einddatum)})` : ' (open)'}
              </li>
            ))}
          </ul>
        </Sectie>
      )}
    </>
  );
}

/** What happened to the zaak, oldest first. */
function Logboek({ regels }: { regels: Logboekregel[] }) {
  return (
    <Sectie id="logboek" titel="Historie (oudste eerst)">
      <ol className="stadspunt-tijdlijn-lijst">
        {regels.map((r) => (
          <li key={r.id}>
            <time dateTime={r.tijdstip}>{tijdstip(r.tijdstip)}</time> · <strong>{soortTekst[r.soort]}</strong>{' '}
            — {r.tekst} <span className="stadspunt-hulptekst">({r.medewerkerNaam})</span>
          </li>
        ))}
      </ol>
    </Sectie>
  );
}

/** The actions the zaak's `mag` and the zaaktype allow, while the zaak is open. */
function Acties({
  z,
  zaaktype,
  onKlaar,
}: {
  z: ZaakDetail;
  zaaktype?: ZaaktypeKeuzes;
  onKlaar: (u: ActieUitkomst) => void;
}) {
  const medewerker = useMedewerker();
  const props = { zaak: z, onKlaar };
  if (!z.mag.behandelen && !z.mag.toewijzen)
    return (
      <Paragraph>
        Deze zaak ligt bij {z.teamNaam}. U ziet waar zij staat
        {z.niveau === 'status' ? ', zonder de notities en eigenschappen van het team' : ''}; alleen
        medewerkers van {z.teamNaam} behandelen haar.
      </Paragraph>
    );
  if (z.einddatum) return <Paragraph>Deze zaak is afgesloten en verandert niet meer.</Paragraph>;
  const zt = zaaktype && { ...props, zaaktype };
  return (
    <>
      {z.mag.behandelen && z.behandelaarId !== medewerker.id && <Oppakken {...props} />}
      {z.mag.toewijzen && <Toewijzen key={z.behandelaarId} {...props} />}
      {z.mag.behandelen && zt && (
        <>
          {z.opgeschortSinds ? (
            <Hervatten {...props} />
          ) : (
            <>
              <StatusZetten {...zt} />
              {zaaktype.opschortingMogelijk && !z.opgeschortGeweest && <Opschorten {...props} />}
              {zaaktype.verlengingMogelijk && !z.verlengingDuur && <Verlengen {...zt} />}
            </>
          )}
          {zaaktype.eigenschappen.length > 0 && <EigenschapVastleggen {...zt} />}
          <Notitie {...props} />
          <BesluitVastleggen {...zt} />
          {!z.opgeschortSinds && <Afsluiten {...zt} />}
        </>
      )}
    </>
  );
}

/** One zaak: where it stands, its parts and history, and what the employee can do with it. */
export function ZaakPagina({ id }: { id: string }) {
  const [uitkomst, setUitkomst] = useState<ActieUitkomst>({});
  const zaak = useQuery({ queryKey: ['zaak', id], queryFn: () => get('/zaken/{id}', { path: { id } }) });
  const z = zaak.data;
  const zaaktype = useQuery({ ...zaaktypeQuery(z?.zaaktypeId ?? ''), enabled: Boolean(z?.mag.behandelen) });
  const klaar = (u: ActieUitkomst) => {
    setUitkomst(u);
    // After a conflict the employee first reads what changed: the title starts that reading.
    if (u.conflict) document.querySelector('h1')?.focus();
  };
  return (
    <Pagina titel={z ? `Zaak ${z.identificatie}` : 'Zaak'}>
      <Paragraph>
        <AppLink naar="/zaken">Terug naar de zaken</AppLink>
      </Paragraph>
      <Foutmelding
        fout={
          zaak.error instanceof ApiFout && [400, 404].includes(zaak.error.status)
            ? new ApiFout(404, 'Deze zaak bestaat niet, of u mag haar niet zien.')
            : (zaak.error ?? zaaktype.error)
        }
      />
      <Conflictmelding tekst={uitkomst.conflict} />
      {/* Closing removes the forms; the message is where the employee continues. */}
      <Melding tekst={uitkomst.melding ?? null} focus={uitkomst.focus} />
      {z && (
        <div className="stadspunt-werkplek">
          <div>
            <Stand z={z} />
            <Onderdelen z={z} />
            {/* The desk sees where the zaak stands, not its documents. */}
            {z.niveau === 'volledig' && <ZaakDocumenten zaak={z} />}
            <Logboek regels={z.logboek} />
          </div>
          <section aria-labelledby="acties-kop" className="stadspunt-contact">
            <Heading level={2} id="acties-kop">
              Acties
            </Heading>
            <Acties z={z} zaaktype={zaaktype.data} onKlaar={klaar} />
          </section>
        </div>
      )}
    </Pagina>
  );
}
