import { Button, Paragraph } from '@utrecht/component-library-react';

/** What a link from the figures added to a list's filters, in words, with a way to drop them. */
export function ExtraFilters({
  wat,
  delen,
  wis,
}: {
  /** "verzoeken", "zaken". */
  wat: string;
  delen: (string | false | undefined)[];
  wis: () => void;
}) {
  const actief = delen.filter(Boolean);
  if (actief.length === 0) return null;
  return (
    <Paragraph>
      Alleen {wat} {actief.join(', ')}.{' '}
      <Button appearance="subtle-button" onClick={wis}>
        Deze filters wissen
      </Button>
    </Paragraph>
  );
}
