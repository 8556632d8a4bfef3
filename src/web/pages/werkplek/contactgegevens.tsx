import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  FormLabel,
  Heading,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { ApiFout, api } from '../../api';
import { Foutmelding } from '../../components/fouten';
import { eenVan, formulier, Tekstveld, tekst } from '../../components/velden';
import { kanalen, type Partij } from './typen';

/** The KCC's own contact details of a party; a stale edit gets the other agent's version back. */
export function Contactgegevens({ partij }: { partij: Partij }) {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const telefoon = partij.contactgegevens.find((c) => c.soort === 'telefoon');
  const email = partij.contactgegevens.find((c) => c.soort === 'email');
  const opslaan = useMutation({
    mutationFn: (d: FormData) =>
      api('PUT', '/partijen/{id}/contactgegevens', {
        path: { id: partij.id },
        body: {
          versie: partij.versie,
          voorkeurskanaal: eenVan(kanalen, tekst(d, 'voorkeurskanaal')) ?? null,
          telefoonnummers: tekst(d, 'telefoonnummers')
            ? [{ waarde: tekst(d, 'telefoonnummers'), omschrijving: telefoon?.omschrijving ?? null }]
            : [],
          emailadressen: tekst(d, 'emailadressen') ? [{ waarde: tekst(d, 'emailadressen') }] : [],
        },
      }),
    onSuccess: (bijgewerkt) => {
      client.setQueryData(['partij', partij.id], bijgewerkt);
      setOpen(false);
    },
    onError: (fout) => {
      if (fout instanceof ApiFout && fout.status === 409)
        client.setQueryData(['partij', partij.id], fout.huidig);
    },
  });
  if (!open) {
    return (
      <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
        Contactgegevens wijzigen
      </Button>
    );
  }
  const fout = opslaan.error;
  return (
    <form onSubmit={(e) => opslaan.mutate(formulier(e))} noValidate aria-labelledby="contactgegevens-kop">
      <Heading level={3} id="contactgegevens-kop">
        Contactgegevens
      </Heading>
      <Foutmelding fout={fout} />
      <Tekstveld naam="telefoonnummers" label="Telefoonnummer" waarde={telefoon?.waarde} fout={fout} />
      <Tekstveld naam="emailadressen" label="E-mailadres" type="email" waarde={email?.waarde} fout={fout} />
      <FormLabel htmlFor="voorkeurskanaal">Voorkeurskanaal</FormLabel>
      <Select id="voorkeurskanaal" name="voorkeurskanaal" defaultValue={partij.voorkeurskanaal ?? ''}>
        <SelectOption value="">Geen voorkeur</SelectOption>
        {kanalen.map((k) => (
          <SelectOption key={k} value={k}>
            {k}
          </SelectOption>
        ))}
      </Select>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={opslaan.isPending}>
          Opslaan
        </Button>
        <Button appearance="secondary-action-button" onClick={() => setOpen(false)}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
