import { Alert, Paragraph } from '@utrecht/component-library-react';
import { ApiFout } from '../api';

/** The problem the server reported, in its own Dutch words; field errors are shown at the fields. */
export function Foutmelding({ fout }: { fout: unknown }) {
  if (!fout) return null;
  const tekst = fout instanceof ApiFout ? fout.message : 'Er ging iets mis. Probeer het opnieuw.';
  return (
    <Alert type="error" role="alert">
      <Paragraph>{tekst}</Paragraph>
    </Alert>
  );
}

export function Melding({ tekst }: { tekst: string | null }) {
  if (!tekst) return null;
  return (
    <Alert type="ok" role="status">
      <Paragraph>{tekst}</Paragraph>
    </Alert>
  );
}

export const veldFout = (fout: unknown, veld: string) =>
  fout instanceof ApiFout ? fout.veld(veld) : undefined;

/** After a 409 the form was reloaded with the other person's version; say so. */
export function Conflictmelding({ tekst }: { tekst?: string }) {
  if (!tekst) return null;
  return (
    <Alert type="warning" role="alert">
      <Paragraph>
        {tekst} Het formulier toont nu de nieuwe gegevens; breng uw wijziging opnieuw aan.
      </Paragraph>
    </Alert>
  );
}
