import { useQuery } from '@tanstack/react-query';
import { Button, Heading } from '@utrecht/component-library-react';
import { get } from '../../api';
import type { Klantcontact } from './typen';

/** The agent's drafts of today: completing one reopens it with its own start time. */
export function Concepten({ onAfmaken }: { onAfmaken: (c: Klantcontact) => void }) {
  const lijst = useQuery({
    queryKey: ['concepten'],
    queryFn: () => get('/klantcontacten/concepten'),
  });
  const items = lijst.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="concepten-kop">
      <Heading level={2} id="concepten-kop">
        Mijn concepten van vandaag
      </Heading>
      <ul>
        {items.map((c) => (
          <li key={c.id}>
            {c.partijNaam ?? 'Anonieme klant'} · {c.kanaal} ·{' '}
            {new Date(c.start).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' })}{' '}
            <Button
              appearance="subtle-button"
              onClick={() => onAfmaken(c)}
              aria-label={`Concept ${c.partijNaam ?? 'anoniem'} afmaken`}
            >
              Afmaken
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
