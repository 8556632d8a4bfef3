import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, get } from '../../api';
import { AppLink } from '../../components/applink';
import { Gegeven } from '../../components/gegeven';
import { formulier, Tekstveld, tekst } from '../../components/velden';
import { datum } from '../../datum';
import type { Contactverzoek } from '../contactverzoeken/typen';
import { Contactgegevens } from './contactgegevens';
import type { Partij } from './typen';
import { ZakenOpKaart } from './zaken-op-kaart';

const dag = (iso: string | null | undefined) =>
  iso ? new Date(`${iso}T12:00:00Z`).toLocaleDateString('nl-NL') : '–';

function adresVan(p: Partij): string {
  const a = p.persoon?.adres ?? p.vestiging;
  if (!a) return '–';
  const nummer = [
    a.huisnummer,
    'huisletter' in a ? a.huisletter : null,
    'toevoeging' in a && a.toevoeging ? `-${a.toevoeging}` : null,
  ]
    .filter(Boolean)
    .join('');
  return `${[a.straat, nummer].filter(Boolean).join(' ')}, ${[a.postcode, a.woonplaats].filter(Boolean).join(' ')}`;
}

const Rij = Gegeven;

/** The server sends the BSN masked; the full number comes only with a reason, and that read is logged. */
function Bsn({ partij }: { partij: Partij }) {
  const [vragen, setVragen] = useState(false);
  const inzage = useMutation({
    mutationFn: (reden: string) =>
      api('POST', '/partijen/{id}/bsn-inzage', { path: { id: partij.id }, body: { reden } }),
  });
  if (!partij.bsn) return null;
  const toon = (event: React.FormEvent<HTMLFormElement>) => {
    inzage.mutate(tekst(formulier(event), 'reden'));
  };
  return (
    <Rij label="BSN">
      {inzage.data?.bsn ?? partij.bsn.replaceAll('*', '•')}{' '}
      {!inzage.data && !vragen && (
        <Button appearance="subtle-button" onClick={() => setVragen(true)}>
          Toon BSN
        </Button>
      )}
      {!inzage.data && vragen && (
        <form onSubmit={toon} className="stadspunt-inline-formulier">
          <Tekstveld
            naam="reden"
            id="bsn-reden"
            label="Waarom ziet u het BSN in?"
            beschrijving="Dit wordt vastgelegd in het auditlog."
            fout={inzage.error}
            verplicht
          />
          <Button type="submit" appearance="secondary-action-button" disabled={inzage.isPending}>
            BSN tonen
          </Button>
        </form>
      )}
    </Rij>
  );
}

/** Where an open request stands, as the agent tells the caller. */
const standVan = (v: Contactverzoek) =>
  [
    v.medewerkerNaam ? `opgepakt door ${v.medewerkerNaam}` : 'nog niet opgepakt',
    v.pogingen > 0 && `${v.pogingen} ${v.pogingen === 1 ? 'belpoging' : 'belpogingen'}`,
  ]
    .filter(Boolean)
    .join(', ');

const TONEN = 5;

/** The party's open requests with where each stands, late ones in red: visible without a click. */
function OpenVerzoeken({ partijId }: { partijId: string }) {
  const lijst = useQuery({
    queryKey: ['contactverzoeken', 'partij', partijId],
    queryFn: async () => {
      const open = (filter?: 'te-laat', pageSize = TONEN) =>
        get('/contactverzoeken', { query: { partijId, status: 'open', filter, pageSize } });
      const [eerste, teLaat] = await Promise.all([open(), open('te-laat', 1)]);
      return { ...eerste, teLaat: teLaat.total };
    },
  });
  if (!lijst.data) return null;
  const { items, total, teLaat } = lijst.data;
  return (
    <Rij label="Contactverzoeken">
      {total === 0 ? (
        'geen open'
      ) : (
        <>
          <AppLink naar="/werkvoorraad" zoek={{ partijId, teamId: 'alle' }}>
            {total} open
          </AppLink>
          {teLaat > 0 && <strong className="stadspunt-te-laat">, waarvan {teLaat} te laat</strong>}
          <ul className="stadspunt-open-verzoeken">
            {items.map((v) => (
              <li key={v.id}>
                <AppLink naar={`/contactverzoeken/${v.id}`}>{v.nummer}</AppLink> {v.onderwerp} · {v.teamNaam}{' '}
                · {standVan(v)} ·{' '}
                <span className={v.teLaat ? 'stadspunt-te-laat' : undefined}>
                  {v.termijn} (uiterlijk {datum(v.deadline)})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Rij>
  );
}

/** Who the agent is talking to: basisregistratie data with source and age, and what the KCC recorded. */
export function Partijkaart({ partij }: { partij: Partij }) {
  return (
    <section aria-labelledby="partij-naam" className="stadspunt-kaart">
      <Heading level={2} id="partij-naam" tabIndex={-1}>
        {partij.naam}
      </Heading>
      {partij.persoon?.geheimhouding && (
        <Alert type="warning">
          <Paragraph>Geheimhouding persoonsgegevens: geef geen gegevens aan derden.</Paragraph>
        </Alert>
      )}
      {partij.persoon?.overlijdensdatum && (
        <Alert type="warning">
          <Paragraph>Overleden op {dag(partij.persoon.overlijdensdatum)}.</Paragraph>
        </Alert>
      )}
      <DataList>
        <Bsn partij={partij} />
        {partij.kvkNummer && <Rij label="KvK-nummer">{partij.kvkNummer}</Rij>}
        {partij.persoon && <Rij label="Geboortedatum">{dag(partij.persoon.geboortedatum)}</Rij>}
        <Rij label="Adres">{adresVan(partij)}</Rij>
        {partij.organisatie && <Rij label="Namens">{partij.organisatie.naam}</Rij>}
        <OpenVerzoeken partijId={partij.id} />
        {partij.contactgegevens.map((c) => (
          <Rij key={c.id} label={c.soort === 'telefoon' ? 'Telefoon' : 'E-mail'}>
            {c.waarde} {c.omschrijving && `(${c.omschrijving})`}
          </Rij>
        ))}
      </DataList>
      <ZakenOpKaart partijId={partij.id} />
      <Contactgegevens key={partij.versie} partij={partij} />
      {partij.bron && (
        <Paragraph className="stadspunt-hulptekst">
          Bron: {partij.bron.naam}, opgehaald {new Date(partij.bron.opgehaald).toLocaleString('nl-NL')}.
        </Paragraph>
      )}
      {partij.contactpersonen.length > 0 && (
        <>
          <Heading level={3}>Contactpersonen</Heading>
          <ul>
            {partij.contactpersonen.map((c) => (
              <li key={c.id}>
                {c.naam} {c.contactgegevens.map((g) => g.waarde).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
