import { useQuery } from '@tanstack/react-query';
import { Button, Heading } from '@utrecht/component-library-react';
import { get } from '../../api';
import type { Concept } from './contact';

export interface ConceptContact extends Concept {
  partijId: string | null;
  partijNaam: string | null;
  start: string;
}

/** The agent's drafts of today: completing one reopens it with its own start time. */
export function Concepten({ onAfmaken }: { onAfmaken: (c: ConceptContact) => void }) {
  const lijst = useQuery({
    queryKey: ['concepten'],
    queryFn: () => get<{ items: ConceptContact[] }>('/klantcontacten/concepten'),
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
