import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, get, type Schema } from '../../api';
import { AppLink } from '../../components/applink';
import { Foutmelding, Melding } from '../../components/fouten';
import { formulier, Keuzeveld, Tekstvak, Tekstveld, tekst } from '../../components/velden';
import { datum } from '../../datum';
import { ZaakTermijn } from '../zaken/termijn';
import { standVan } from '../zaken/typen';
import { geldigeZaaktypenQuery } from '../zaken/zaaktype';

interface Props {
  partijId: string;
  /** The running contact, once registered: the zaak is linked to it. */
  klantcontactId?: string | null;
}

/** A zaak for the party on the card, from the contact the agent is on. */
function ZaakAanmaken({ partijId, klantcontactId, onKlaar }: Props & { onKlaar: (m: string) => void }) {
  const client = useQueryClient();
  const zaaktypen = useQuery(geldigeZaaktypenQuery());
  const maak = useMutation({
    mutationFn: (body: Schema<'ZaakInvoer'>) => api('POST', '/zaken', { body }),
    onSuccess: (z) => {
      client.invalidateQueries({ queryKey: ['zaken'] });
      onKlaar(
        `Zaak ${z.identificatie} is aangemaakt voor ${z.teamNaam}, uiterlijk klaar op ${datum(z.uiterlijkeEinddatumAfdoening)}.`,
      );
    },
  });
  const opties = (zaaktypen.data ?? []).map((z) => ({
    waarde: z.id,
    tekst: z.teamNaam ? `${z.omschrijving} (${z.teamNaam})` : z.omschrijving,
  }));
  return (
    <form
      aria-labelledby="zaak-aanmaken-kop"
      noValidate
      onSubmit={(e) => {
        const d = formulier(e);
        maak.mutate({
          zaaktypeId: tekst(d, 'zaaktypeId'),
          omschrijving: tekst(d, 'omschrijving'),
          toelichting: tekst(d, 'toelichting') || undefined,
          initiatorPartijId: partijId,
          klantcontactId: klantcontactId ?? undefined,
        });
      }}
    >
      <Heading level={4} id="zaak-aanmaken-kop">
        Zaak aanmaken
      </Heading>
      <Foutmelding fout={maak.error ?? zaaktypen.error} />
      <Keuzeveld
        id="zaak-zaaktype"
        naam="zaaktypeId"
        label="Zaaktype"
        fout={maak.error}
        opties={[{ waarde: '', tekst: 'Kies een zaaktype' }, ...opties]}
      />
      <Tekstveld id="zaak-omschrijving" naam="omschrijving" label="Omschrijving" fout={maak.error} />
      <Tekstvak id="zaak-toelichting" naam="toelichting" label="Toelichting (optioneel)" fout={maak.error} />
      <Button type="submit" appearance="primary-action-button" busy={maak.isPending}>
        Zaak aanmaken
      </Button>
    </form>
  );
}

/**
 * The party's zaken on the card, with where each stands and its deadline; how many are open
 * and overdue is visible without a click (overdue in red and in words).
 */
export function ZakenOpKaart({ partijId, klantcontactId }: Props) {
  const [aanmaken, setAanmaken] = useState(false);
  const [melding, setMelding] = useState<string | null>(null);
  const lijst = useQuery({
    queryKey: ['zaken', 'partij', partijId],
    queryFn: () => get('/partijen/{id}/zaken', { path: { id: partijId } }),
  });
  const data = lijst.data;
  return (
    <section aria-labelledby="kaart-zaken-kop">
      <Heading level={3} id="kaart-zaken-kop">
        Zaken
      </Heading>
      <Foutmelding fout={lijst.error} />
      {data && (
        <Paragraph>
          {data.open === 0 ? 'Geen open zaken' : `${data.open} open`}
          {data.teLaat > 0 && <strong className="stadspunt-te-laat">, waarvan {data.teLaat} te laat</strong>}
        </Paragraph>
      )}
      {data && data.items.length > 0 && (
        <ul className="stadspunt-tijdlijn-lijst">
          {data.items.map((z) => (
            <li key={z.id}>
              <AppLink naar={`/zaken/${z.id}`}>{z.identificatie}</AppLink> {z.omschrijving} · {z.teamNaam} ·{' '}
              {standVan(z)}
              {z.opgeschortSinds && ' (opgeschort)'} · <ZaakTermijn zaak={z} />
            </li>
          ))}
        </ul>
      )}
      <Melding tekst={melding} />
      {aanmaken ? (
        <ZaakAanmaken
          partijId={partijId}
          klantcontactId={klantcontactId}
          onKlaar={(m) => {
            setAanmaken(false);
            setMelding(m);
          }}
        />
      ) : (
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            setMelding(null);
            setAanmaken(true);
          }}
        >
          Zaak aanmaken
        </Button>
      )}
    </section>
  );
}
