import { useQuery } from '@tanstack/react-query';
import { Button, Textbox } from '@utrecht/component-library-react';
import { useState } from 'react';
import { get } from '../api';
import type { GekozenProduct } from '../pages/contactverzoeken/velden';
import { Veld } from './velden';

/** Search the catalogue and choose a product; the choice carries the product's team. */
export function ProductKeuze({
  id,
  gekozen,
  onKies,
}: {
  id: string;
  gekozen?: string;
  onKies: (product: GekozenProduct) => void;
}) {
  const [tekst, setTekst] = useState('');
  const suggesties = useQuery({
    queryKey: ['producten', tekst],
    queryFn: () => get('/producten', { query: { q: tekst } }),
    enabled: tekst.length >= 3 && tekst !== gekozen,
  });
  const items = tekst === gekozen ? [] : (suggesties.data?.items.slice(0, 5) ?? []);
  return (
    <>
      <Veld
        id={id}
        label="Product (optioneel)"
        beschrijving="Kies een product: het verantwoordelijke team wordt gekozen."
      >
        <Textbox
          id={id}
          value={tekst}
          aria-describedby={`${id}-uitleg`}
          onChange={(e) => setTekst(e.target.value)}
        />
      </Veld>
      {items.length > 0 && (
        <ul className="stadspunt-suggesties" aria-label="Producten uit de catalogus">
          {items.map((p) => (
            <li key={p.id}>
              <Button
                appearance="subtle-button"
                onClick={() => {
                  setTekst(p.naam);
                  onKies(p);
                }}
              >
                {p.naam}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
