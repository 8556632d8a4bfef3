import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { label } from '../../shared/labels';
import { type Antwoord, api, get, huidigeVersie, type Schema, type Zoekvraag } from '../api';
import { Bevestiging } from '../components/bevestiging';
import { Conflictmelding, Foutmelding, Melding, veldFout } from '../components/fouten';
import { type Kolom, LijstTabel } from '../components/lijst';
import { Pagina } from '../components/pagina';
import { teamsQuery } from '../components/teamkeuze';
import { eenVan, formulier, keuzes, Tekstveld, tekst } from '../components/velden';
import { Zoekbalk } from '../components/zoekbalk';

type Medewerker = Schema<'Medewerker'>;
type Rol = Antwoord<'/rollen'>['items'][number];

function Keuzes({
  legend,
  naam,
  opties,
  gekozen,
  fout,
}: {
  legend: string;
  naam: string;
  opties: { id: string; label: string }[];
  gekozen: string[];
  fout: unknown;
}) {
  const melding = veldFout(fout, naam);
  return (
    <Fieldset invalid={Boolean(melding)}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {melding && <FormFieldErrorMessage>{melding}</FormFieldErrorMessage>}
      {opties.map((o) => (
        <FormField type="checkbox" key={o.id}>
          <Checkbox id={`${naam}-${o.id}`} name={naam} value={o.id} defaultChecked={gekozen.includes(o.id)} />
          <FormLabel htmlFor={`${naam}-${o.id}`} type="checkbox">
            {o.label}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}

interface Bewerking {
  mw?: Medewerker;
  /** Set after a 409: the form shows the other person's version and why. */
  conflict?: string;
}

function MedewerkerFormulier({
  mw,
  conflict,
  rollen,
  teams,
  onKlaar,
  onConflict,
}: Bewerking & {
  rollen: Rol[];
  teams: Schema<'Team'>[];
  onKlaar: (m: string) => void;
  onConflict: (b: Bewerking) => void;
}) {
  const client = useQueryClient();
  const opslaan = useMutation({
    mutationFn: (data: FormData) => {
      // Typed, so tsc checks each field against what the API takes.
      const velden: Omit<Schema<'MedewerkerInvoer'>, 'wachtwoord'> = {
        naam: tekst(data, 'naam'),
        gebruikersnaam: tekst(data, 'gebruikersnaam'),
        email: tekst(data, 'email'),
        identificatie: tekst(data, 'identificatie') || null,
        rollen: keuzes(
          data,
          'rollen',
          rollen.map((r) => r.code),
        ),
        teamIds: data.getAll('teamIds').map(String),
      };
      return mw
        ? api('PATCH', '/medewerkers/{id}', {
            path: { id: mw.id },
            body: { ...velden, actief: data.get('actief') === 'on', versie: mw.versie },
          })
        : api('POST', '/medewerkers', {
            body: { ...velden, wachtwoord: String(data.get('wachtwoord') ?? '') },
          });
    },
    onSuccess: (m) => {
      client.invalidateQueries({ queryKey: ['medewerkers'] });
      onKlaar(mw ? `${m.naam} is gewijzigd.` : `${m.naam} is toegevoegd en krijgt een welkomstmail.`);
    },
    onError: (fout) => {
      const huidig = huidigeVersie<Medewerker>(fout);
      if (!huidig) return;
      client.invalidateQueries({ queryKey: ['medewerkers'] });
      onConflict({ mw: huidig, conflict: fout.message });
    },
  });
  const fout = opslaan.error;
  return (
    <form onSubmit={(e) => opslaan.mutate(formulier(e))} noValidate aria-labelledby="mw-formulier">
      <Heading level={2} id="mw-formulier">
        {mw ? `${mw.naam} wijzigen` : 'Nieuwe medewerker'}
      </Heading>
      <Conflictmelding tekst={conflict} />
      <Foutmelding fout={fout} />
      <Tekstveld naam="naam" label="Naam" waarde={mw?.naam} fout={fout} verplicht />
      <Tekstveld
        naam="gebruikersnaam"
        label="Gebruikersnaam"
        waarde={mw?.gebruikersnaam}
        fout={fout}
        verplicht
      />
      <Tekstveld naam="email" label="E-mailadres" type="email" waarde={mw?.email} fout={fout} verplicht />
      <Tekstveld
        naam="identificatie"
        label="Identificatie in andere systemen (optioneel)"
        beschrijving="De id waaronder KISS deze medewerker kent, als dat niet het e-mailadres is."
        waarde={mw?.identificatie}
        fout={fout}
      />
      {!mw && (
        <Tekstveld
          naam="wachtwoord"
          label="Eerste wachtwoord"
          type="password"
          beschrijving="Minstens 12 tekens. De medewerker kiest bij het inloggen een eigen wachtwoord."
          fout={fout}
          autoComplete="new-password"
          verplicht
        />
      )}
      <Keuzes
        legend="Rollen"
        naam="rollen"
        opties={rollen.map((r) => ({ id: r.code, label: r.naam }))}
        gekozen={mw?.rollen ?? []}
        fout={fout}
      />
      <Keuzes
        legend="Teams"
        naam="teamIds"
        opties={teams.map((t) => ({ id: t.id, label: t.naam }))}
        gekozen={mw?.teams.map((t) => t.id) ?? []}
        fout={fout}
      />
      {mw && (
        <Keuzes
          legend="Account"
          naam="actief"
          opties={[{ id: 'on', label: 'Actief (kan inloggen)' }]}
          gekozen={mw.actief ? ['on'] : []}
          fout={fout}
        />
      )}
      <Button type="submit" appearance="primary-action-button" busy={opslaan.isPending}>
        {mw ? 'Wijzigingen opslaan' : 'Medewerker toevoegen'}
      </Button>
    </form>
  );
}

function WachtwoordReset({ mw, onKlaar }: { mw: Medewerker; onKlaar: () => void }) {
  const reset = useMutation({
    mutationFn: () => api('POST', '/medewerkers/{id}/wachtwoord-reset', { path: { id: mw.id } }),
  });
  return (
    <Bevestiging
      vraag={`Wachtwoord van ${mw.naam} opnieuw instellen? Het huidige wachtwoord werkt dan niet meer en ${mw.naam} wordt overal uitgelogd.`}
      ja="Ja, wachtwoord resetten"
      onJa={() => reset.mutate()}
      onNee={onKlaar}
      bezig={reset.isPending}
      fout={reset.error}
      uitkomst={
        reset.data && (
          <>
            Tijdelijk wachtwoord voor {mw.naam}:{' '}
            <strong data-testid="tijdelijk-wachtwoord">{reset.data.tijdelijkWachtwoord}</strong>. Geef het
            persoonlijk door; het wordt niet opnieuw getoond. Bij het inloggen kiest {mw.naam} een eigen
            wachtwoord.
          </>
        )
      }
    />
  );
}

export function Medewerkers() {
  const [filter, setFilter] = useState<Zoekvraag<'/medewerkers'>>({ sort: 'naam', page: 1 });
  const [bewerk, setBewerk] = useState<Bewerking | null>(null);
  const [resetVoor, setResetVoor] = useState<Medewerker | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const lijst = useQuery({
    queryKey: ['medewerkers', filter],
    queryFn: () => get('/medewerkers', { query: { ...filter, pageSize: 25 } }),
  });
  const rollen = useQuery({ queryKey: ['rollen'], queryFn: () => get('/rollen') });
  const teams = useQuery(teamsQuery);
  const kolommen: Kolom<Medewerker>[] = [
    { kop: 'Naam', waarde: (m) => m.naam, sorteer: 'naam' },
    { kop: 'Gebruikersnaam', waarde: (m) => m.gebruikersnaam, sorteer: 'gebruikersnaam' },
    { kop: 'Rollen', waarde: (m) => m.rollen.map((r) => label('rol', r)).join(', ') },
    { kop: 'Teams', waarde: (m) => m.teams.map((t) => t.naam).join(', ') },
    { kop: 'Status', waarde: (m) => (m.actief ? 'Actief' : 'Uitgeschakeld') },
    {
      kop: 'Acties',
      waarde: (m) => (
        <ButtonGroup>
          <Button
            appearance="subtle-button"
            onClick={() => setBewerk({ mw: m })}
            aria-label={`${m.naam} wijzigen`}
          >
            Wijzigen
          </Button>
          <Button
            appearance="subtle-button"
            onClick={() => setResetVoor(m)}
            aria-label={`Wachtwoord van ${m.naam} resetten`}
          >
            Wachtwoord resetten
          </Button>
        </ButtonGroup>
      ),
    },
  ];
  return (
    <Pagina titel="Medewerkers">
      <Melding tekst={melding} />
      <Foutmelding fout={lijst.error} />
      {resetVoor && <WachtwoordReset key={resetVoor.id} mw={resetVoor} onKlaar={() => setResetVoor(null)} />}
      <Button appearance="primary-action-button" onClick={() => setBewerk({})}>
        Nieuwe medewerker
      </Button>
      {bewerk && rollen.data && teams.data && (
        <MedewerkerFormulier
          key={bewerk.mw ? `${bewerk.mw.id}-${bewerk.mw.versie}` : 'nieuw'}
          {...bewerk}
          rollen={rollen.data.items}
          teams={teams.data.items}
          onKlaar={(m) => {
            setBewerk(null);
            setMelding(m);
          }}
          onConflict={setBewerk}
        />
      )}
      <Zoekbalk
        label="Zoek op naam, gebruikersnaam of e-mail"
        onZoek={(d) =>
          setFilter({
            ...filter,
            q: tekst(d, 'q'),
            team: tekst(d, 'team'),
            rol: eenVan(rollen.data?.items.map((r) => r.code) ?? [], tekst(d, 'rol')),
            page: 1,
          })
        }
      >
        <FormField>
          <FormLabel htmlFor="filter-team">Team</FormLabel>
          <Select id="filter-team" name="team">
            <SelectOption value="">Alle teams</SelectOption>
            {teams.data?.items.map((t) => (
              <SelectOption key={t.id} value={t.id}>
                {t.naam}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="filter-rol">Rol</FormLabel>
          <Select id="filter-rol" name="rol">
            <SelectOption value="">Alle rollen</SelectOption>
            {rollen.data?.items.map((r) => (
              <SelectOption key={r.code} value={r.code}>
                {r.naam}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </Zoekbalk>
      <LijstTabel
        titel="Medewerkers"
        kolommen={kolommen}
        lijst={lijst.data}
        sleutel={(m) => m.id}
        sort={filter.sort}
        onSort={(sort) => setFilter({ ...filter, sort, page: 1 })}
        onPage={(page) => setFilter({ ...filter, page })}
      />
    </Pagina>
  );
}
