import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { AppLink } from '../components/applink';
import { Pagina } from '../components/pagina';
import { navigatie } from '../navigatie';
import { useMedewerker } from '../sessie';

export function Home() {
  const medewerker = useMedewerker();
  const items = navigatie(medewerker).filter((n) => n.pad !== '/');
  return (
    <Pagina titel={`Welkom, ${medewerker.naam}`}>
      <Paragraph>
        U werkt in {medewerker.teams.map((t) => t.naam).join(', ') || 'geen team'} als{' '}
        {medewerker.rollen.join(', ')}.
      </Paragraph>
      <Paragraph>Wat u hier kunt doen:</Paragraph>
      <UnorderedList>
        {items.map((n) => (
          <UnorderedListItem key={n.pad}>
            <AppLink naar={n.pad}>{n.titel}</AppLink>: {n.uitleg}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Pagina>
  );
}
