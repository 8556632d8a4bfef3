import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  Code,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormFieldTextbox,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import {
  GELDIG_JAREN,
  scopeUitleg,
  type TokenStatus,
  tokenStatussen,
} from '../../server/platform/auth/api-tokens/waarden';
import { type Scope, scopes } from '../../server/platform/auth/rollen';
import { api, get, type Schema, type Zoekvraag } from '../api';
import { Bevestiging } from '../components/bevestiging';
import { Foutmelding, Melding, veldFout } from '../components/fouten';
import { type Kolom, LijstTabel } from '../components/lijst';
import { Pagina } from '../components/pagina';
import { eenVan, formulier, keuzes, Tekstveld, tekst } from '../components/velden';
import { Zoekbalk } from '../components/zoekbalk';
import { datum, tijdstip } from '../datum';

type ApiToken = Schema<'ApiToken'>;
type NieuwToken = Schema<'NieuwApiToken'>;

const scopeNaam: Record<Scope, string> = {
  lezen: 'Lezen',
  klantinteracties: 'Klantinteracties',
  persoonsgegevens: 'Persoonsgegevens (volledig BSN)',
  beheer: 'Beheer',
};
const statusNaam: Record<TokenStatus, string> = {
  actief: 'Actief',
  ingetrokken: 'Ingetrokken',
  verlopen: 'Verlopen',
};

/** Today in Amsterdam plus whole years, as YYYY-MM-DD. */
function overJaren(jaren: number): string {
  const vandaag = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
  return `${Number(vandaag.slice(0, 4)) + jaren}${vandaag.slice(4)}`;
}

function ScopeKeuze({ fout }: { fout: unknown }) {
  const melding = veldFout(fout, 'scopes');
  return (
    <Fieldset invalid={Boolean(melding)} aria-describedby={melding ? 'scopes-fout' : undefined}>
      <FieldsetLegend>Scopes: wat mag het systeem met dit token?</FieldsetLegend>
      {melding && <FormFieldErrorMessage id="scopes-fout">{melding}</FormFieldErrorMessage>}
      {scopes.map((s) => (
        <FormField type="checkbox" key={s}>
          <Checkbox
            id={`scope-${s}`}
            name="scopes"
            value={s}
            defaultChecked={s === 'lezen'}
            aria-describedby={`scope-${s}-uitleg`}
          />
          <FormLabel htmlFor={`scope-${s}`} type="checkbox">
            {scopeNaam[s]}
          </FormLabel>
          <FormFieldDescription id={`scope-${s}-uitleg`}>{scopeUitleg[s]}</FormFieldDescription>
        </FormField>
      ))}
    </Fieldset>
  );
}

function TokenFormulier({ onGemaakt }: { onGemaakt: (t: NieuwToken) => void }) {
  const client = useQueryClient();
  const maak = useMutation({
    mutationFn: (data: FormData) =>
      api('POST', '/api-tokens', {
        body: {
          naam: tekst(data, 'naam'),
          scopes: keuzes(data, 'scopes', scopes),
          verloopt: tekst(data, 'verloopt') || undefined,
        },
      }),
    onSuccess: (t) => {
      client.invalidateQueries({ queryKey: ['api-tokens'] });
      onGemaakt(t);
    },
  });
  const fout = maak.error;
  return (
    <form onSubmit={(e) => maak.mutate(formulier(e))} noValidate aria-labelledby="token-formulier">
      <Heading level={2} id="token-formulier">
        Nieuw API-token
      </Heading>
      <Foutmelding fout={fout} />
      <Tekstveld
        naam="naam"
        label="Naam"
        beschrijving="Het systeem dat het token gebruikt, bijvoorbeeld kiss."
        fout={fout}
        verplicht
      />
      <ScopeKeuze fout={fout} />
      <Tekstveld
        naam="verloopt"
        label="Verloopt op"
        type="date"
        waarde={overJaren(GELDIG_JAREN.standaard)}
        beschrijving={`Vanaf deze dag werkt het token niet meer. Standaard over ${GELDIG_JAREN.standaard} jaar, hooguit ${GELDIG_JAREN.hoogstens} jaar vooruit.`}
        fout={fout}
      />
      <Button type="submit" appearance="primary-action-button" busy={maak.isPending}>
        API-token aanmaken
      </Button>
    </form>
  );
}

/** The new token, shown this once: the server keeps only its hash. */
function TokenEenmalig({ nieuw, onKlaar }: { nieuw: NieuwToken; onKlaar: () => void }) {
  const vak = useRef<HTMLElement>(null);
  const [gekopieerd, setGekopieerd] = useState<string | null>(null);
  useEffect(() => vak.current?.focus(), []);
  const kopieer = () =>
    navigator.clipboard.writeText(nieuw.token).then(
      () => setGekopieerd('Het token staat op het klembord.'),
      () => setGekopieerd('Kopiëren lukte niet: selecteer het token en kopieer het zelf.'),
    );
  return (
    <section ref={vak} tabIndex={-1} aria-labelledby="nieuw-token-kop">
      <Alert type="warning">
        <Heading level={2} id="nieuw-token-kop">
          Kopieer het token nu
        </Heading>
        <Paragraph>
          API-token {nieuw.naam} is aangemaakt. Kopieer het token nu en zet het in het systeem dat het
          gebruikt; dat stuurt het mee als <Code>Authorization: Token &lt;token&gt;</Code>. Stadspunt bewaart
          alleen een onherkenbare vorm (hash) en toont het token nooit meer.
        </Paragraph>
        <FormFieldTextbox
          id="nieuw-token"
          label={`Token voor ${nieuw.naam}`}
          value={nieuw.token}
          readOnly
          autoComplete="off"
        />
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={kopieer}>
            Token kopiëren
          </Button>
          <Button appearance="primary-action-button" onClick={onKlaar}>
            Klaar: ik heb het token bewaard
          </Button>
        </ButtonGroup>
        <Paragraph role="status">{gekopieerd}</Paragraph>
      </Alert>
    </section>
  );
}

function Intrekken({ token, onKlaar }: { token: ApiToken; onKlaar: (melding?: string) => void }) {
  const client = useQueryClient();
  const intrekken = useMutation({
    mutationFn: () => api('POST', '/api-tokens/{id}/intrekken', { path: { id: token.id } }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['api-tokens'] });
      onKlaar(`API-token ${token.naam} is ingetrokken.`);
    },
  });
  return (
    <Bevestiging
      vraag={`API-token ${token.naam} intrekken? Systemen die dit token gebruiken krijgen meteen geen toegang meer. Dit kan niet ongedaan worden gemaakt.`}
      ja="Ja, intrekken"
      onJa={() => intrekken.mutate()}
      onNee={() => onKlaar()}
      bezig={intrekken.isPending}
      fout={intrekken.error}
    />
  );
}

function statusTekst(t: ApiToken) {
  if (t.status !== 'ingetrokken') return statusNaam[t.status];
  return `Ingetrokken op ${datum(t.ingetrokken ?? '')} door ${t.ingetrokkenDoor}`;
}

export function ApiTokens() {
  const [filter, setFilter] = useState<Zoekvraag<'/api-tokens'>>({ sort: 'naam', page: 1 });
  const [nieuwFormulier, setNieuwFormulier] = useState(false);
  const [nieuw, setNieuw] = useState<NieuwToken | null>(null);
  const [intrekken, setIntrekken] = useState<ApiToken | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const lijst = useQuery({
    queryKey: ['api-tokens', filter],
    queryFn: () => get('/api-tokens', { query: { ...filter, pageSize: 25 } }),
  });
  const kolommen: Kolom<ApiToken>[] = [
    { kop: 'Naam', waarde: (t) => t.naam, sorteer: 'naam' },
    { kop: 'Scopes', waarde: (t) => t.scopes.join(', ') },
    {
      kop: 'Aangemaakt',
      waarde: (t) => `${datum(t.aangemaakt)} door ${t.aangemaaktDoor}`,
      sorteer: 'aangemaakt',
    },
    { kop: 'Verloopt', waarde: (t) => datum(t.verloopt), sorteer: 'verloopt' },
    {
      kop: 'Laatst gebruikt',
      waarde: (t) => (t.laatstGebruikt ? tijdstip(t.laatstGebruikt) : 'Nooit'),
      sorteer: 'laatstGebruikt',
    },
    { kop: 'Status', waarde: statusTekst },
    {
      kop: 'Actie',
      waarde: (t) =>
        t.status !== 'ingetrokken' && (
          <Button
            appearance="subtle-button"
            onClick={() => setIntrekken(t)}
            aria-label={`API-token ${t.naam} intrekken`}
          >
            Intrekken
          </Button>
        ),
    },
  ];
  return (
    <Pagina titel="API-tokens">
      <Paragraph>
        Met een API-token praat een ander systeem, zoals KISS, met Stadspunt. Elk token mag alleen wat zijn
        scopes toestaan en verloopt op een vaste dag.
      </Paragraph>
      <Melding tekst={melding} focus />
      <Foutmelding fout={lijst.error} />
      {intrekken && (
        <Intrekken
          key={intrekken.id}
          token={intrekken}
          onKlaar={(m) => {
            setIntrekken(null);
            if (m) setMelding(m);
          }}
        />
      )}
      {nieuw ? (
        <TokenEenmalig
          nieuw={nieuw}
          onKlaar={() => {
            setNieuw(null);
            setMelding(`API-token ${nieuw.naam} is aangemaakt; het token zelf is nu niet meer op te vragen.`);
          }}
        />
      ) : nieuwFormulier ? (
        <TokenFormulier
          onGemaakt={(t) => {
            setNieuwFormulier(false);
            setMelding(null);
            setNieuw(t);
          }}
        />
      ) : (
        <Button
          appearance="primary-action-button"
          onClick={() => {
            setMelding(null);
            setNieuwFormulier(true);
          }}
        >
          Nieuw API-token
        </Button>
      )}
      <Zoekbalk
        label="Zoek op naam"
        onZoek={(d) =>
          setFilter({
            ...filter,
            q: tekst(d, 'q'),
            status: eenVan(tokenStatussen, tekst(d, 'status')),
            page: 1,
          })
        }
      >
        <FormField>
          <FormLabel htmlFor="filter-status">Status</FormLabel>
          <Select id="filter-status" name="status">
            <SelectOption value="">Alle</SelectOption>
            {tokenStatussen.map((s) => (
              <SelectOption key={s} value={s}>
                {statusNaam[s]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </Zoekbalk>
      <LijstTabel
        titel="API-tokens"
        kolommen={kolommen}
        lijst={lijst.data}
        sleutel={(t) => t.id}
        sort={filter.sort}
        onSort={(sort) => setFilter({ ...filter, sort, page: 1 })}
        onPage={(page) => setFilter({ ...filter, page })}
      />
    </Pagina>
  );
}
