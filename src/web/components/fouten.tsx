import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
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

/**
 * A success message. With `focus` it takes the focus when it appears, for actions whose
 * button or form disappears afterwards (focus would otherwise fall back to the page).
 */
export function Melding({ tekst, focus }: { tekst: string | null; focus?: boolean }) {
  const melding = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus && tekst) melding.current?.focus();
  }, [focus, tekst]);
  if (!tekst) return null;
  return (
    <div ref={melding} tabIndex={focus ? -1 : undefined}>
      <Alert type="ok" role="status">
        <Paragraph>{tekst}</Paragraph>
      </Alert>
    </div>
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
