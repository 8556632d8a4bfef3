import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import { ApiFout, api, zetCsrfToken } from './api';

export interface Medewerker {
  id: string;
  naam: string;
  gebruikersnaam: string;
  email: string;
  rollen: string[];
  teams: { id: string; naam: string }[];
}

interface Sessie {
  medewerker: Medewerker;
  csrfToken: string;
  wachtwoordWijzigen: boolean;
}

const SessieContext = createContext<Medewerker | null>(null);

async function haalSessie(): Promise<Sessie | null> {
  try {
    const sessie = await api<Sessie>('GET', '/sessie');
    zetCsrfToken(sessie.csrfToken);
    return sessie;
  } catch (error) {
    if (error instanceof ApiFout && error.status === 401) return null;
    throw error;
  }
}

export function useSessieQuery() {
  return useQuery({ queryKey: ['sessie'], queryFn: haalSessie, staleTime: Number.POSITIVE_INFINITY });
}

export function SessieProvider({ medewerker, children }: { medewerker: Medewerker; children: ReactNode }) {
  return <SessieContext.Provider value={medewerker}>{children}</SessieContext.Provider>;
}

export function useMedewerker(): Medewerker {
  const medewerker = useContext(SessieContext);
  if (!medewerker) throw new Error('Geen sessie');
  return medewerker;
}

export const heeftRol = (m: Medewerker, ...rollen: string[]) => m.rollen.some((r) => rollen.includes(r));

export function useInloggen() {
  const client = useQueryClient();
  return async (gebruikersnaam: string, wachtwoord: string) => {
    const sessie = await api<Sessie>('POST', '/sessie', { gebruikersnaam, wachtwoord });
    zetCsrfToken(sessie.csrfToken);
    client.setQueryData(['sessie'], sessie);
  };
}

export function useUitloggen() {
  const client = useQueryClient();
  return async () => {
    await api('DELETE', '/sessie');
    client.clear();
    client.setQueryData(['sessie'], null);
  };
}
