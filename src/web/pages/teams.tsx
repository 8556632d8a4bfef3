import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, FormFieldCheckbox, Heading } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, get, huidigeVersie, type Schema } from '../api';
import { Conflictmelding, Foutmelding, Melding } from '../components/fouten';
import { type Kolom, LijstTabel } from '../components/lijst';
import { Pagina } from '../components/pagina';
import { formulier, Tekstveld, tekst } from '../components/velden';
import { Zoekbalk } from '../components/zoekbalk';
import { Teamleden } from './teamleden';

type Team = Schema<'Team'>;

interface Bewerking {
  team?: Team;
  /** Set after a 409: the form shows the other person's version and why. */
  conflict?: string;
}

function TeamFormulier({
  team,
  conflict,
  onKlaar,
  onConflict,
}: Bewerking & { onKlaar: (melding: string) => void; onConflict: (b: Bewerking) => void }) {
  const client = useQueryClient();
  const opslaan = useMutation({
    mutationFn: (data: FormData) => {
      // Typed, so tsc checks each field against what the API takes.
      const velden: Schema<'TeamInvoer'> = {
        naam: tekst(data, 'naam'),
        omschrijving: tekst(data, 'omschrijving'),
        email: tekst(data, 'email') || null,
        identificatie: tekst(data, 'identificatie') || null,
        kcc: data.get('kcc') === 'ja',
      };
      return team
        ? api('PATCH', '/teams/{id}', { path: { id: team.id }, body: { ...velden, versie: team.versie } })
        : api('POST', '/teams', { body: velden });
    },
    onSuccess: (t) => {
      client.invalidateQueries({ queryKey: ['teams'] });
      onKlaar(team ? `Team ${t.naam} is gewijzigd.` : `Team ${t.naam} is aangemaakt.`);
    },
    onError: (fout) => {
      const huidig = huidigeVersie<Team>(fout);
      if (!huidig) return;
      client.invalidateQueries({ queryKey: ['teams'] });
      onConflict({ team: huidig, conflict: fout.message });
    },
  });
  const fout = opslaan.error;
  return (
    <form onSubmit={(e) => opslaan.mutate(formulier(e))} noValidate aria-labelledby="team-formulier">
      <Heading level={2} id="team-formulier">
        {team ? `Team ${team.naam} wijzigen` : 'Nieuw team'}
      </Heading>
      <Conflictmelding tekst={conflict} />
      <Foutmelding fout={fout} />
      <Tekstveld naam="naam" label="Naam" waarde={team?.naam} fout={fout} verplicht />
      <Tekstveld naam="omschrijving" label="Omschrijving" waarde={team?.omschrijving} fout={fout} />
      <Tekstveld
        naam="email"
        label="E-mailadres van het team"
        type="email"
        waarde={team?.email}
        fout={fout}
      />
      <Tekstveld
        naam="identificatie"
        label="Identificatie in andere systemen (optioneel)"
        beschrijving="De id waaronder KISS of een ander systeem deze afdeling kent. Taken die daarvoor wachten in de wachtrij van het KCC, gaan dan naar dit team."
        waarde={team?.identificatie}
        fout={fout}
      />
      <FormFieldCheckbox
        id="veld-kcc"
        name="kcc"
        value="ja"
        label="Dit is het KCC: het houdt de regie en ontvangt taken voor afdelingen die nog niet gekoppeld zijn"
        defaultChecked={team?.kcc}
      />
      <Button type="submit" appearance="primary-action-button" busy={opslaan.isPending}>
        {team ? 'Wijzigingen opslaan' : 'Team aanmaken'}
      </Button>
    </form>
  );
}

export function Teams() {
  const [filter, setFilter] = useState({ q: '', sort: 'naam', page: 1 });
  const [bewerk, setBewerk] = useState<Bewerking | null>(null);
  const [leden, setLeden] = useState<Team | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const lijst = useQuery({
    queryKey: ['teams', filter],
    queryFn: () => get('/teams', { query: { ...filter, pageSize: 25 } }),
  });
  const kolommen: Kolom<Team>[] = [
    { kop: 'Naam', waarde: (t) => t.naam, sorteer: 'naam' },
    { kop: 'Omschrijving', waarde: (t) => `${t.kcc ? 'KCC (regie). ' : ''}${t.omschrijving}` },
    { kop: 'Identificatie', waarde: (t) => t.identificatie ?? '–' },
    { kop: 'Medewerkers', waarde: (t) => t.aantalMedewerkers, sorteer: 'aantalMedewerkers' },
    {
      kop: 'Actie',
      waarde: (t) => (
        <Button
          appearance="subtle-button"
          onClick={() => setBewerk({ team: t })}
          aria-label={`Team ${t.naam} wijzigen`}
        >
          Wijzigen
        </Button>
      ),
    },
    {
      kop: 'Leden',
      waarde: (t) => (
        <Button
          appearance="subtle-button"
          onClick={() => setLeden(t)}
          aria-label={`Leden van team ${t.naam}`}
        >
          Leden
        </Button>
      ),
    },
  ];
  const klaar = (tekstMelding: string) => {
    setBewerk(null);
    setMelding(tekstMelding);
  };
  return (
    <Pagina titel="Teams">
      <Melding tekst={melding} />
      <Foutmelding fout={lijst.error} />
      <Button appearance="primary-action-button" onClick={() => setBewerk({})}>
        Nieuw team
      </Button>
      {bewerk && (
        <TeamFormulier
          key={bewerk.team ? `${bewerk.team.id}-${bewerk.team.versie}` : 'nieuw'}
          {...bewerk}
          onKlaar={klaar}
          onConflict={setBewerk}
        />
      )}
      {leden && <Teamleden key={leden.id} team={leden} onSluit={() => setLeden(null)} />}
      <Zoekbalk label="Zoek een team" onZoek={(d) => setFilter({ ...filter, q: tekst(d, 'q'), page: 1 })} />
      <LijstTabel
        titel="Teams"
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
