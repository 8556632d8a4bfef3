import { Button } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { formulier } from './velden';

/** The search form above a list: a search field plus optional filters, submitted together. */
export function Zoekbalk({
  label,
  onZoek,
  children,
}: {
  label: string;
  onZoek: (data: FormData) => void;
  children?: ReactNode;
}) {
  return (
    <search>
      <form onSubmit={(e) => onZoek(formulier(e))} className="stadspunt-zoekbalk">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="zoek-q">
            {label}
          </label>
          <input id="zoek-q" name="q" type="search" className="utrecht-textbox utrecht-textbox--html-input" />
        </div>
        {children}
        <Button type="submit" appearance="secondary-action-button">
          Zoeken
        </Button>
      </form>
    </search>
  );
}
