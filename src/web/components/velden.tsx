import { FormFieldTextbox } from '@utrecht/component-library-react';
import { veldFout } from './fouten';

interface TekstveldProps {
  naam: string;
  label: string;
  fout: unknown;
  type?: 'text' | 'email' | 'password' | 'date' | 'search';
  waarde?: string | null;
  beschrijving?: string;
  verplicht?: boolean;
  autoComplete?: string;
}

/** A labelled text field that shows the server's field error for `naam` under it. */
export function Tekstveld({
  naam,
  label,
  fout,
  type = 'text',
  waarde,
  beschrijving,
  verplicht,
  autoComplete,
}: TekstveldProps) {
  const melding = veldFout(fout, naam);
  return (
    <FormFieldTextbox
      id={`veld-${naam}`}
      name={naam}
      label={label}
      type={type}
      defaultValue={waarde ?? ''}
      description={beschrijving}
      errorMessage={melding}
      invalid={Boolean(melding)}
      required={verplicht}
      autoComplete={autoComplete}
    />
  );
}

export const formulier = (event: React.FormEvent<HTMLFormElement>) => {
  event.preventDefault();
  return new FormData(event.currentTarget);
};

export const tekst = (data: FormData, naam: string) => String(data.get(naam) ?? '').trim();
