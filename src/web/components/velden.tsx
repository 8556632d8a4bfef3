import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormFieldTextbox,
  FormLabel,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { veldFout } from './fouten';

interface TekstveldProps {
  naam: string;
  label: string;
  fout: unknown;
  type?: 'text' | 'email' | 'password' | 'date' | 'datetime-local' | 'search' | 'tel' | 'number';
  waarde?: string | null;
  beschrijving?: string;
  verplicht?: boolean;
  autoComplete?: string;
  /** Several forms on one page: a prefix keeps the ids apart. */
  id?: string;
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
  id = `veld-${naam}`,
}: TekstveldProps) {
  const melding = veldFout(fout, naam);
  return (
    <FormFieldTextbox
      id={id}
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

/** A labelled multi-line text field with the server's field error for `naam`. */
export function Tekstvak({
  naam,
  label,
  fout,
  waarde,
  beschrijving,
  id = `veld-${naam}`,
}: Omit<TekstveldProps, 'type' | 'autoComplete' | 'verplicht'>) {
  const melding = veldFout(fout, naam);
  return (
    <FormFieldTextarea
      id={id}
      name={naam}
      label={label}
      defaultValue={waarde ?? ''}
      description={beschrijving}
      errorMessage={melding}
      invalid={Boolean(melding)}
    />
  );
}

/** The ids that describe a control: its explanation and its error, when shown. */
export const beschrevenDoor = (id: string, fout?: string, beschrijving?: ReactNode) =>
  [beschrijving ? `${id}-uitleg` : '', fout ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined;

/** Label, explanation and error message around one control, which carries `id`. */
export function Veld({
  id,
  label,
  fout,
  beschrijving,
  children,
}: {
  id: string;
  label: string;
  fout?: string;
  beschrijving?: ReactNode;
  children: ReactNode;
}) {
  return (
    <FormField invalid={Boolean(fout)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {beschrijving && <FormFieldDescription id={`${id}-uitleg`}>{beschrijving}</FormFieldDescription>}
      {fout && <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

export interface Optie<T extends string = string> {
  waarde: T;
  tekst: string;
}

/**
 * A labelled select with the server's field error for `naam`; controlled with `onKies`,
 * otherwise read from the form data.
 */
export function Keuzeveld<T extends string>({
  naam,
  label,
  fout,
  opties,
  waarde,
  onKies,
  beschrijving,
  id = `veld-${naam}`,
}: {
  naam: string;
  label: string;
  fout: unknown;
  opties: Optie<T>[];
  waarde?: T;
  onKies?: (waarde: T) => void;
  beschrijving?: ReactNode;
  id?: string;
}) {
  const melding = veldFout(fout, naam);
  const gekozen = onKies ? { value: waarde ?? '' } : { defaultValue: waarde };
  return (
    <Veld id={id} label={label} fout={melding} beschrijving={beschrijving}>
      <Select
        id={id}
        name={naam}
        {...gekozen}
        invalid={Boolean(melding)}
        aria-describedby={beschrevenDoor(id, melding, beschrijving)}
        // The select offers only the options, so its value is one of them.
        onChange={onKies ? (e) => onKies(e.target.value as T) : undefined}
      >
        {opties.map((o) => (
          <SelectOption key={o.waarde} value={o.waarde}>
            {o.tekst}
          </SelectOption>
        ))}
      </Select>
    </Veld>
  );
}

export const formulier = (event: React.FormEvent<HTMLFormElement>) => {
  event.preventDefault();
  return new FormData(event.currentTarget);
};

export const tekst = (data: FormData, naam: string) => String(data.get(naam) ?? '').trim();

/** `waarde` if it is one of `opties` (a field offers only those), else undefined. */
export const eenVan = <T extends string>(opties: readonly T[], waarde: string): T | undefined =>
  opties.find((o) => o === waarde);

/** The ticked boxes of a field among `opties`, in their order. */
export const keuzes = <T extends string>(data: FormData, naam: string, opties: readonly T[]): T[] => {
  const aangevinkt = data.getAll(naam);
  return opties.filter((o) => aangevinkt.includes(o));
};
