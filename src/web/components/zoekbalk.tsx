import { Button, FormField, FormLabel, Textbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { formulier } from './velden';

/** The search form above a list: a search field plus optional filters, submitted together. */
export function Zoekbalk({
  label,
  onZoek,
  waarde,
  children,
}: {
  label: string;
  onZoek: (data: FormData) => void;
  /** The search term already in force (e.g. from the URL). */
  waarde?: string;
  children?: ReactNode;
}) {
  return (
    <search>
      <form onSubmit={(e) => onZoek(formulier(e))} className="stadspunt-zoekbalk">
        <FormField>
          <FormLabel htmlFor="zoek-q">{label}</FormLabel>
          <Textbox id="zoek-q" name="q" type="search" defaultValue={waarde} />
        </FormField>
        {children}
        <Button type="submit" appearance="secondary-action-button">
          Zoeken
        </Button>
      </form>
    </search>
  );
}
