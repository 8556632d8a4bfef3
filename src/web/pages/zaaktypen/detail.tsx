import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { ApiFout, api, get } from '../../api';
import { Bevestiging } from '../../components/bevestiging';
import { Foutmelding, Melding } from '../../components/fouten';
import { Gegeven } from '../../components/gegeven';
import { Pagina } from '../../components/pagina';
import { duurTekst } from './duur';
import { vertrouwelijkheden, type Zaaktype, ZaaktypeFormulier } from './formulier';
import { statusTekst } from './index';
import { type Onderdeel, type OnderdeelDef, OnderdeelEditor, onderdeelDefs } from './onderdelen';

const Rij = Gegeven;

/** What a cell shows: yes/no for a tick, the option's text for a choice, the class's name for a selectielijst URL. */
function celWaarde(def: OnderdeelDef, naam: string, rij: Record<string, unknown>): string {
  const veld = def.velden.find((v) => v.naam === naam);
  const waarde = rij[naam];
  if (veld?.soort === 'vink') return waarde ? 'ja' : 'nee';
  if (naam === 'selectielijstklasse') return String(rij.selectielijstNaam ?? (waarde || '–'));
  if (veld?.soort === 'keuze') return veld.opties?.find((o) => o.waarde === waarde)?.tekst ?? String(waarde);
  return String(waarde ?? '') || '–';
}

function OnderdeelTabel({ zt, def }: { zt: Zaaktype; def: OnderdeelDef }) {
  const rijen = def.uit(zt);
  if (rijen.length === 0) return <Paragraph>Nog geen {def.titel.toLowerCase()}.</Paragraph>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Nr.</TableHeaderCell>
          {def.velden.map((v) => (
            <TableHeaderCell key={v.naam} scope="col">
              {v.label}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rijen.map((rij, i) => (
          <TableRow key={String(rij.id ?? i)}>
            <TableCell>{i + 1}</TableCell>
            {def.velden.map((v) => (
              <TableCell key={v.naam}>{celWaarde(def, v.naam, rij)}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

type Actie = 'publiceren' | 'verwijderen' | 'nieuwe-versie';

export function ZaaktypePagina({ id, melding: beginMelding }: { id: string; melding?: string }) {
  const client = useQueryClient();
  const navigeer = useNavigate();
  const [melding, setMelding] = useState<string | null>(
    beginMelding === 'aangemaakt' ? 'Het concept is aangemaakt.' : null,
  );
  const [bewerk, setBewerk] = useState<'gegevens' | Onderdeel | null>(null);
  const [actie, zetActie] = useState<Actie | null>(null);
  const zaaktype = useQuery({
    queryKey: ['zaaktypen', id],
    queryFn: () => get('/zaaktypen/{id}', { path: { id } }),
  });
  const zt = zaaktype.data;
  const klassen = useQuery({
    queryKey: ['selectielijst', zt?.selectielijstProcestype ?? 'alle'],
    queryFn: () =>
      get('/selectielijst/resultaten', { query: { procestype: zt?.selectielijstProcestype ?? undefined } }),
    enabled: Boolean(zt),
    staleTime: 10 * 60_000,
  });
  const defs = onderdeelDefs(
    (klassen.data?.items ?? []).map((k) => ({
      waarde: k.url,
      tekst: `${k.volledigNummer} ${k.naam} (${k.waardering.replace('_', ' ')}${k.bewaartermijn ? `, ${duurTekst(k.bewaartermijn)}` : ''})`,
    })),
  );
  function klaar(nieuw: Zaaktype | null, tekst?: string) {
    uitvoeren.reset();
    if (nieuw) client.setQueryData(['zaaktypen', id], nieuw);
    setBewerk(null);
    if (tekst) setMelding(tekst);
  }
  /** A new action starts without the outcome of the previous one. */
  const setActie = (wat: Actie | null) => {
    uitvoeren.reset();
    zetActie(wat);
  };
  const uitvoeren = useMutation({
    mutationFn: async (wat: Actie) => {
      const z = zt as Zaaktype;
      if (wat === 'verwijderen') return api('DELETE', '/zaaktypen/{id}', { path: { id } });
      if (wat === 'publiceren')
        return api('POST', '/zaaktypen/{id}/publiceren', { path: { id }, body: { versie: z.versie } });
      return api('POST', '/zaaktypen/{id}/nieuwe-versie', { path: { id }, body: { versie: z.versie } });
    },
    // Unmet publish rules are listed on the page, beside the parts they are about.
    onError: (f) => {
      if (f instanceof ApiFout && f.velden.length) zetActie(null);
    },
    onSuccess: (uitkomst, wat) => {
      client.invalidateQueries({ queryKey: ['zaaktypen'] });
      zetActie(null);
      if (wat === 'verwijderen') navigeer({ to: '/beheer/zaaktypen' });
      else if (wat === 'publiceren')
        klaar(uitkomst as Zaaktype, 'Het zaaktype is gepubliceerd. Deze versie verandert niet meer.');
      else
        navigeer({
          to: '/beheer/zaaktypen/$id',
          params: { id: (uitkomst as Zaaktype).id },
          search: { melding: 'aangemaakt' },
        });
    },
  });
  if (zaaktype.error) return <Foutmelding fout={zaaktype.error} />;
  if (!zt) return <Paragraph>Laden…</Paragraph>;
  const fout = uitvoeren.error;
  const vragen: Record<Actie, [string, string]> = {
    publiceren: [`${zt.omschrijving} publiceren? Daarna verandert deze versie niet meer.`, 'Publiceren'],
    verwijderen: [`Het concept ${zt.omschrijving} verwijderen, met alle onderdelen?`, 'Concept verwijderen'],
    'nieuwe-versie': [
      `Een nieuwe conceptversie van ${zt.omschrijving} maken, met een kopie van alles?`,
      'Nieuwe versie maken',
    ],
  };
  return (
    <Pagina titel={`Zaaktype ${zt.omschrijving}`}>
      <Melding tekst={melding} focus />
      <Paragraph>{statusTekst(zt)}</Paragraph>
      <ButtonGroup>
        {zt.concept ? (
          <>
            <Button appearance="secondary-action-button" onClick={() => setBewerk('gegevens')}>
              Gegevens wijzigen
            </Button>
            <Button appearance="primary-action-button" onClick={() => setActie('publiceren')}>
              Publiceren
            </Button>
            <Button
              appearance="secondary-action-button"
              hint="danger"
              onClick={() => setActie('verwijderen')}
            >
              Concept verwijderen
            </Button>
          </>
        ) : (
          <Button appearance="primary-action-button" onClick={() => setActie('nieuwe-versie')}>
            Nieuwe versie
          </Button>
        )}
      </ButtonGroup>
      {actie && (
        <Bevestiging
          vraag={vragen[actie][0]}
          ja={vragen[actie][1]}
          bezig={uitvoeren.isPending}
          fout={fout}
          onJa={() => uitvoeren.mutate(actie)}
          onNee={() => setActie(null)}
        />
      )}
      {fout instanceof ApiFout && fout.velden.length > 0 && !actie && (
        <Alert type="error" role="alert">
          <Paragraph>{fout.message}</Paragraph>
          <UnorderedList>
            {fout.velden.map((v) => (
              <UnorderedListItem key={v.veld}>{v.melding}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      {bewerk === 'gegevens' && (
        <ZaaktypeFormulier zaaktype={zt} onKlaar={(nieuw, tekst) => klaar(nieuw, tekst)} />
      )}
      <Heading level={2}>Gegevens</Heading>
      <DataList>
        <Rij label="Identificatie">{zt.identificatie}</Rij>
        <Rij label="Doel">{zt.doel || '–'}</Rij>
        <Rij label="Aanleiding">{zt.aanleiding || '–'}</Rij>
        <Rij label="Toelichting">{zt.toelichting || '–'}</Rij>
        <Rij label="Doorlooptijd">{duurTekst(zt.doorlooptijd)}</Rij>
        <Rij label="Servicenorm">{duurTekst(zt.servicenorm)}</Rij>
        <Rij label="Opschorten">{zt.opschortingMogelijk ? 'mag' : 'mag niet'}</Rij>
        <Rij label="Verlengen">
          {zt.verlengingMogelijk ? `mag, met ten hoogste ${duurTekst(zt.verlengingstermijn)}` : 'mag niet'}
        </Rij>
        <Rij label="Vertrouwelijkheid">
          {vertrouwelijkheden.find((v) => v.waarde === zt.vertrouwelijkheid)?.tekst}
        </Rij>
        <Rij label="Behandelend team">{zt.teamNaam ?? '–'}</Rij>
        <Rij label="Producten">{zt.producten.map((p) => p.naam).join(', ') || '–'}</Rij>
      </DataList>
      {defs.map((def) => (
        <section key={def.onderdeel} aria-labelledby={`kop-${def.onderdeel}`}>
          <Heading level={2} id={`kop-${def.onderdeel}`}>
            {def.titel}
          </Heading>
          {bewerk === def.onderdeel ? (
            <OnderdeelEditor zaaktype={zt} def={def} onKlaar={klaar} />
          ) : (
            <>
              <OnderdeelTabel zt={zt} def={def} />
              {zt.concept && (
                <Button appearance="secondary-action-button" onClick={() => setBewerk(def.onderdeel)}>
                  {def.titel} wijzigen
                </Button>
              )}
            </>
          )}
        </section>
      ))}
    </Pagina>
  );
}
