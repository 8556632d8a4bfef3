import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, get } from '../api';
import { Bevestiging } from '../components/bevestiging';
import { Foutmelding, Melding } from '../components/fouten';
import { Pagina } from '../components/pagina';
import { TeamKeuze } from '../components/teamkeuze';
import { formulier, Tekstveld, tekst } from '../components/velden';
import { getal, NormVelden, normTekst, type Servicenorm } from './normvelden';

export const normenQuery = { queryKey: ['servicenormen'], queryFn: () => get('/servicenormen') };

/** A team's norm: both terms and after how many failed calls the resident gets a message. */
function TeamnormFormulier({ onKlaar }: { onKlaar: (melding: string) => void }) {
  const client = useQueryClient();
  const opslaan = useMutation({
    mutationFn: (d: FormData) =>
      api('PUT', '/servicenormen', {
        body: {
          teamId: tekst(d, 'teamId') || null,
          werkdagen: getal(d, 'werkdagen'),
          werkdagenUrgent: getal(d, 'werkdagenUrgent'),
          maxPogingen: tekst(d, 'maxPogingen') ? getal(d, 'maxPogingen') : null,
        },
      }),
    onSuccess: (n) => {
      client.invalidateQueries({ queryKey: ['servicenormen'] });
      onKlaar(`De norm van ${n.naam} is ingesteld: ${normTekst(n)}.`);
    },
  });
  const fout = opslaan.error;
  return (
    <form onSubmit={(e) => opslaan.mutate(formulier(e))} noValidate aria-labelledby="teamnorm-kop">
      <Heading level={2} id="teamnorm-kop">
        Norm van een team instellen
      </Heading>
      <Foutmelding fout={fout} />
      <TeamKeuze id="norm-team" naam="teamId" label="Team" leeg="Kies een team" waarde="" fout={fout} />
      <NormVelden id="teamnorm" fout={fout} />
      <Tekstveld
        id="norm-pogingen"
        naam="maxPogingen"
        label="Na hoeveel mislukte belpogingen krijgt de inwoner bericht (optioneel)"
        type="number"
        fout={fout}
      />
      <Button type="submit" appearance="primary-action-button" busy={opslaan.isPending}>
        Norm opslaan
      </Button>
    </form>
  );
}

/** The norms per team and per product; a product's norm wins over its team's. */
export function Servicenormen() {
  const client = useQueryClient();
  const normen = useQuery(normenQuery);
  const [melding, setMelding] = useState<string | null>(null);
  const [weg, setWeg] = useState<Servicenorm | null>(null);
  const verwijder = useMutation({
    mutationFn: (n: Servicenorm) => api('DELETE', '/servicenormen/{id}', { path: { id: n.id } }),
    onSuccess: (_, n) => {
      setWeg(null);
      client.invalidateQueries({ queryKey: ['servicenormen'] });
      setMelding(`De norm van ${n.naam} is verwijderd.`);
    },
  });
  const standaard = normen.data?.standaard;
  return (
    <Pagina titel="Servicenormen">
      <Melding tekst={melding} />
      <Foutmelding fout={normen.error} />
      {standaard && (
        <Paragraph>
          Zonder eigen norm geldt de standaardnorm: {normTekst(standaard)}; na {standaard.maxPogingen}{' '}
          mislukte belpogingen krijgt de inwoner bericht. De norm van een product stelt u in bij Producten.
        </Paragraph>
      )}
      <TeamnormFormulier onKlaar={setMelding} />
      <Table>
        <TableCaption>Ingestelde normen ({normen.data?.items.length ?? 0})</TableCaption>
        <TableHeader>
          <TableRow>
            {['Team of product', 'Soort', 'Termijn', 'Bericht na pogingen', 'Actie'].map((k) => (
              <TableHeaderCell key={k} scope="col">
                {k}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {normen.data?.items.map((n) => (
            <TableRow key={n.id}>
              <TableCell>{n.naam}</TableCell>
              <TableCell>{n.teamId ? 'Team' : 'Product'}</TableCell>
              <TableCell>{normTekst(n)}</TableCell>
              <TableCell>
                {n.maxPogingen ?? (n.teamId ? `standaard (${standaard?.maxPogingen})` : 'van het team')}
              </TableCell>
              <TableCell>
                <Button
                  appearance="subtle-button"
                  hint="danger"
                  onClick={() => setWeg(n)}
                  aria-label={`Norm van ${n.naam} verwijderen`}
                >
                  Verwijderen
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {weg && (
        <Bevestiging
          vraag={`De norm van ${weg.naam} verwijderen? Nieuwe verzoeken krijgen dan ${weg.teamId ? 'de standaardnorm' : 'de norm van het team'}.`}
          ja="Ja, verwijderen"
          onJa={() => verwijder.mutate(weg)}
          onNee={() => setWeg(null)}
          bezig={verwijder.isPending}
          fout={verwijder.error}
        />
      )}
    </Pagina>
  );
}
