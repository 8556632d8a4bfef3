import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, get, type Lijst, query } from '../api';
import { Foutmelding, Melding } from '../components/fouten';
import { type Kolom, LijstTabel } from '../components/lijst';
import { Pagina } from '../components/pagina';
import { formulier, Tekstveld, tekst } from '../components/velden';
import { Zoekbalk } from '../components/zoekbalk';

export interface Team {
  id: string;
  naam: string;
  omschrijving: string;
  email: string | null;
  aantalMedewerkers: number;
  versie: number;
}

function TeamFormulier({ team, onKlaar }: { team?: Team; onKlaar: (melding: string) => void }) {
  const client = useQueryClient();
  const opslaan = useMutation({
    mutationFn: (data: FormData) => {
      const velden = {
        naam: tekst(data, 'naam'),
        omschrijving: tekst(data, 'omschrijving'),
        email: tekst(data, 'email') || null,
      };
      return team
        ? api<Team>('PATCH', `/teams/${team.id}`, { ...velden, versie: team.versie })
        : api<Team>('POST', '/teams', velden);
    },
    onSuccess: (t) => {
      client.invalidateQueries({ queryKey: ['teams'] });
      onKlaar(team ? `Team ${t.naam} is gewijzigd.` : `Team ${t.naam} is aangemaakt.`);
    },
  });
  const fout = opslaan.error;
  return (
    <form onSubmit={(e) => opslaan.mutate(formulier(e))} noValidate aria-labelledby="team-formulier">
      <Heading level={2} id="team-formulier">
        {team ? `Team ${team.naam} wijzigen` : 'Nieuw team'}
      </Heading>
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
      <Button type="submit" appearance="primary-action-button" busy={opslaan.isPending}>
        {team ? 'Wijzigingen opslaan' : 'Team aanmaken'}
      </Button>
    </form>
  );
}

export function Teams() {
  const [filter, setFilter] = useState({ q: '', sort: 'naam', page: 1 });
  const [bewerk, setBewerk] = useState<Team | 'nieuw' | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const lijst = useQuery({
    queryKey: ['teams', filter],
    queryFn: () => get<Lijst<Team>>(`/teams${query({ ...filter, pageSize: 25 })}`),
  });
  const kolommen: Kolom<Team>[] = [
    { kop: 'Naam', waarde: (t) => t.naam, sorteer: 'naam' },
    { kop: 'Omschrijving', waarde: (t) => t.omschrijving },
    { kop: 'Medewerkers', waarde: (t) => t.aantalMedewerkers, sorteer: 'aantalMedewerkers' },
    {
      kop: 'Actie',
      waarde: (t) => (
        <Button
          appearance="subtle-button"
          onClick={() => setBewerk(t)}
          aria-label={`Team ${t.naam} wijzigen`}
        >
          Wijzigen
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
      <Button appearance="primary-action-button" onClick={() => setBewerk('nieuw')}>
        Nieuw team
      </Button>
      {bewerk && (
        <TeamFormulier
          key={bewerk === 'nieuw' ? 'nieuw' : bewerk.id}
          team={bewerk === 'nieuw' ? undefined : bewerk}
          onKlaar={klaar}
        />
      )}
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
