import type { ReactNode } from 'react';
import { AppLink } from '../components/applink';
import { omvat, useRechten } from '../sessie';
import { zoekUitQuery } from './contactverzoeken/zoek';
import { leesZakenZoek } from './zaken/zoek';

const zakenUitQuery = (qs: string) => {
  const zoek = leesZakenZoek(Object.fromEntries(new URLSearchParams(qs)));
  return { ...zoek, teamId: zoek.teamId ?? 'alle' };
};

/**
 * A figure that opens the list behind it (the server sends the list's query, so its total is
 * the figure), where the employee may see that team's queue; otherwise just the figure.
 */
export function Lijstlink({
  naar,
  qs,
  teamId,
  children,
}: {
  naar: '/werkvoorraad' | '/zaken';
  qs: string;
  /** The row's team, in place of the query's. */
  teamId?: string;
  children: ReactNode;
}) {
  const rechten = useRechten();
  const zoek = {
    ...(naar === '/zaken' ? zakenUitQuery(qs) : zoekUitQuery(qs)),
    ...(teamId ? { teamId } : {}),
  };
  const team = zoek.teamId ?? 'alle';
  const mag = team === 'alle' ? Boolean(rechten?.werkvoorraad.alle) : omvat(rechten?.werkvoorraad, team);
  if (!mag) return <>{children}</>;
  return (
    <AppLink naar={naar} zoek={zoek}>
      {children}
    </AppLink>
  );
}
