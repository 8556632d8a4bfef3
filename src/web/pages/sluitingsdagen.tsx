import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { type Antwoord, api, get, type Schema } from '../api';
import { Bevestiging } from '../components/bevestiging';
import { Foutmelding, Melding } from '../components/fouten';
import { type Kolom, LijstTabel } from '../components/lijst';
import { Pagina } from '../components/pagina';
import { formulier, Tekstveld, tekst } from '../components/velden';

type Sluitingsdag = Schema<'Sluitingsdag'>;
type Feestdag = Antwoord<'/kalender/feestdagen'>['items'][number];

const datum = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
const alsLijst = <T,>(items: T[] | undefined) =>
  items && { items, total: items.length, page: 1, pageSize: Math.max(1, items.length) };

export function Sluitingsdagen() {
  const client = useQueryClient();
  const [jaar, setJaar] = useState(new Date().getFullYear());
  const [verwijder, setVerwijder] = useState<Sluitingsdag | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const dagen = useQuery({
    queryKey: ['sluitingsdagen', jaar],
    queryFn: () => get('/kalender/sluitingsdagen', { query: { jaar } }),
  });
  const feestdagen = useQuery({
    queryKey: ['feestdagen', jaar],
    queryFn: () => get('/kalender/feestdagen', { query: { jaar } }),
  });
  const toevoegen = useMutation({
    mutationFn: (d: FormData) =>
      api('POST', '/kalender/sluitingsdagen', {
        body: { datum: tekst(d, 'datum'), omschrijving: tekst(d, 'omschrijving') },
      }),
    onSuccess: (s) => {
      client.invalidateQueries({ queryKey: ['sluitingsdagen'] });
      setMelding(`${datum(s.datum)} is toegevoegd als sluitingsdag.`);
    },
  });
  const weg = useMutation({
    mutationFn: (s: Sluitingsdag) => api('DELETE', '/kalender/sluitingsdagen/{id}', { path: { id: s.id } }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['sluitingsdagen'] });
      setMelding(`${verwijder ? datum(verwijder.datum) : 'De dag'} is geen sluitingsdag meer.`);
      setVerwijder(null);
    },
  });
  const kolommen: Kolom<Sluitingsdag>[] = [
    { kop: 'Datum', waarde: (s) => datum(s.datum) },
    { kop: 'Omschrijving', waarde: (s) => s.omschrijving },
    {
      kop: 'Actie',
      waarde: (s) => (
        <Button
          appearance="subtle-button"
          onClick={() => setVerwijder(s)}
          aria-label={`Sluitingsdag ${datum(s.datum)} verwijderen`}
        >
          Verwijderen
        </Button>
      ),
    },
  ];
  return (
    <Pagina titel="Sluitingsdagen">
      <Paragraph>
        Op sluitingsdagen en algemeen erkende feestdagen lopen werkdagtermijnen niet door.
      </Paragraph>
      <Melding tekst={melding} />
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={() => setJaar(jaar - 1)}>
          Naar {jaar - 1}
        </Button>
        <Paragraph>
          <strong>{jaar}</strong>
        </Paragraph>
        <Button appearance="secondary-action-button" onClick={() => setJaar(jaar + 1)}>
          Naar {jaar + 1}
        </Button>
      </ButtonGroup>
      {verwijder && (
        <Bevestiging
          vraag={`${datum(verwijder.datum)} (${verwijder.omschrijving}) verwijderen als sluitingsdag?`}
          ja="Ja, verwijderen"
          onJa={() => weg.mutate(verwijder)}
          onNee={() => setVerwijder(null)}
          bezig={weg.isPending}
          fout={weg.error}
        />
      )}
      <LijstTabel
        titel={`Sluitingsdagen ${jaar}`}
        kolommen={kolommen}
        lijst={alsLijst(dagen.data?.items)}
        sleutel={(s) => s.id}
        onPage={() => undefined}
      />
      <form
        onSubmit={(e) => {
          const form = e.currentTarget;
          toevoegen.mutate(formulier(e), { onSuccess: () => form.reset() });
        }}
        noValidate
        aria-labelledby="nieuwe-sluitingsdag"
      >
        <Heading level={2} id="nieuwe-sluitingsdag">
          Sluitingsdag toevoegen
        </Heading>
        <Foutmelding fout={toevoegen.error} />
        <Tekstveld naam="datum" label="Datum" type="date" fout={toevoegen.error} verplicht />
        <Tekstveld naam="omschrijving" label="Omschrijving" fout={toevoegen.error} verplicht />
        <Button type="submit" appearance="primary-action-button" busy={toevoegen.isPending}>
          Toevoegen
        </Button>
      </form>
      <Heading level={2}>Feestdagen {jaar} (Algemene termijnenwet)</Heading>
      <LijstTabel
        titel={`Feestdagen ${jaar}`}
        kolommen={[
          { kop: 'Datum', waarde: (f: Feestdag) => datum(f.datum) },
          { kop: 'Feestdag', waarde: (f: Feestdag) => f.naam },
        ]}
        lijst={alsLijst(feestdagen.data?.items)}
        sleutel={(f) => f.datum}
        onPage={() => undefined}
      />
    </Pagina>
  );
}
