import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, get, type Schema } from '../api';
import { Bevestiging } from '../components/bevestiging';
import { Foutmelding, Melding } from '../components/fouten';
import { type Kolom, LijstTabel } from '../components/lijst';
import { formulier, Tekstveld, tekst } from '../components/velden';

type Team = Schema<'Team'>;
type Medewerker = Schema<'Medewerker'>;

const isKeyUser = (m: Medewerker) => m.rollen.includes('key-user');

/** Employees not yet in the team, found by name, user name or e-mail, to add with one click. */
function LidToevoegen({ team, onToegevoegd }: { team: Team; onToegevoegd: (m: Medewerker) => void }) {
  const [q, setQ] = useState('');
  const gevonden = useQuery({
    queryKey: ['medewerkers', 'zoek', q],
    queryFn: () => get('/medewerkers', { query: { q, pageSize: 10 } }),
    enabled: q.length > 0,
  });
  const voegToe = useMutation({
    mutationFn: (m: Medewerker) =>
      api('PUT', '/teams/{id}/leden/{medewerkerId}', {
        path: { id: team.id, medewerkerId: m.id },
        body: { keyUser: isKeyUser(m) },
      }),
    onSuccess: onToegevoegd,
  });
  const kandidaten = (gevonden.data?.items ?? []).filter((m) => !m.teams.some((t) => t.id === team.id));
  return (
    <search>
      <form onSubmit={(e) => setQ(tekst(formulier(e), 'q'))} aria-labelledby="lid-zoeken-kop">
        <Heading level={3} id="lid-zoeken-kop">
          Medewerker toevoegen
        </Heading>
        <Tekstveld
          id="lid-zoek"
          naam="q"
          label="Zoek een medewerker op naam, gebruikersnaam of e-mail"
          type="search"
          fout={gevonden.error}
        />
        <Button type="submit" appearance="secondary-action-button">
          Zoeken
        </Button>
      </form>
      <Foutmelding fout={voegToe.error ?? gevonden.error} />
      {q && gevonden.data && kandidaten.length === 0 && (
        <Paragraph>Geen medewerker buiten dit team gevonden voor “{q}”.</Paragraph>
      )}
      {kandidaten.length > 0 && (
        <ul aria-label="Gevonden medewerkers">
          {kandidaten.map((m) => (
            <li key={m.id}>
              {m.naam} ({m.gebruikersnaam}){' '}
              <Button
                appearance="subtle-button"
                busy={voegToe.isPending && voegToe.variables?.id === m.id}
                onClick={() => voegToe.mutate(m)}
                aria-label={`${m.naam} toevoegen aan team ${team.naam}`}
              >
                Toevoegen
              </Button>
            </li>
          ))}
        </ul>
      )}
    </search>
  );
}

/** The members of one team: search them, make one key user or not, take one out (after a question). */
export function Teamleden({ team, onSluit }: { team: Team; onSluit: () => void }) {
  const client = useQueryClient();
  const [filter, setFilter] = useState({ q: '', page: 1 });
  const [melding, setMelding] = useState<string | null>(null);
  const [weg, setWeg] = useState<Medewerker | null>(null);
  const leden = useQuery({
    queryKey: ['medewerkers', 'leden', team.id, filter],
    queryFn: () => get('/medewerkers', { query: { team: team.id, ...filter, pageSize: 25, sort: 'naam' } }),
  });
  const ververs = (tekstMelding: string) => {
    client.invalidateQueries({ queryKey: ['medewerkers'] });
    client.invalidateQueries({ queryKey: ['teams'] });
    setMelding(tekstMelding);
  };
  const keyUser = useMutation({
    mutationFn: (m: Medewerker) =>
      api('PUT', '/teams/{id}/leden/{medewerkerId}', {
        path: { id: team.id, medewerkerId: m.id },
        body: { keyUser: !isKeyUser(m) },
      }),
    onSuccess: (m) =>
      ververs(isKeyUser(m) ? `${m.naam} is nu key user.` : `${m.naam} is geen key user meer.`),
  });
  const verwijder = useMutation({
    mutationFn: (m: Medewerker) =>
      api('DELETE', '/teams/{id}/leden/{medewerkerId}', { path: { id: team.id, medewerkerId: m.id } }),
    onSuccess: (_, m) => {
      setWeg(null);
      ververs(`${m.naam} is uit team ${team.naam} gehaald.`);
    },
  });
  const kolommen: Kolom<Medewerker>[] = [
    { kop: 'Naam', waarde: (m) => m.naam },
    { kop: 'Gebruikersnaam', waarde: (m) => m.gebruikersnaam },
    { kop: 'Rollen', waarde: (m) => m.rollen.join(', ') },
    {
      kop: 'Key user',
      waarde: (m) => (
        <Button
          appearance="subtle-button"
          pressed={isKeyUser(m)}
          busy={keyUser.isPending && keyUser.variables?.id === m.id}
          onClick={() => keyUser.mutate(m)}
          aria-label={`${m.naam} key user`}
        >
          {isKeyUser(m) ? 'Ja' : 'Nee'}
        </Button>
      ),
    },
    {
      kop: 'Actie',
      waarde: (m) => (
        <Button
          appearance="subtle-button"
          hint="danger"
          onClick={() => setWeg(m)}
          aria-label={`${m.naam} uit team halen`}
        >
          Uit team halen
        </Button>
      ),
    },
  ];
  return (
    <section aria-labelledby="leden-kop">
      <Heading level={2} id="leden-kop">
        Leden van team {team.naam}
      </Heading>
      <Paragraph>
        Key user is een rol: een key user bewaakt de werkvoorraad en termijnen van elk team waarin hij zit.
      </Paragraph>
      <Melding tekst={melding} />
      <Foutmelding fout={keyUser.error ?? leden.error} />
      <form onSubmit={(e) => setFilter({ q: tekst(formulier(e), 'q'), page: 1 })} aria-label="Leden zoeken">
        <Tekstveld id="leden-zoek" naam="q" label="Zoek een lid" type="search" fout={leden.error} />
        <Button type="submit" appearance="secondary-action-button">
          Zoeken
        </Button>
      </form>
      <LijstTabel
        titel={`Leden van ${team.naam}`}
        kolommen={kolommen}
        lijst={leden.data}
        sleutel={(m) => m.id}
        onPage={(page) => setFilter({ ...filter, page })}
      />
      <LidToevoegen
        team={team}
        onToegevoegd={(m) => ververs(`${m.naam} is toegevoegd aan team ${team.naam}.`)}
      />
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={onSluit}>
          Leden sluiten
        </Button>
      </ButtonGroup>
      {weg && (
        <Bevestiging
          vraag={`${weg.naam} uit team ${team.naam} halen? ${weg.naam} ziet de werkvoorraad van dit team dan niet meer; zijn rollen blijven.`}
          ja="Ja, uit het team halen"
          onJa={() => verwijder.mutate(weg)}
          onNee={() => setWeg(null)}
          bezig={verwijder.isPending}
          fout={verwijder.error}
        />
      )}
    </section>
  );
}
