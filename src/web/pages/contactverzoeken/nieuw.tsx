import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import { Foutmelding } from '../../components/fouten';
import { ProductKeuze } from '../../components/productkeuze';
import { type Contactverzoek, verzoekTekst } from './typen';
import { controleerVerzoek, invoerVan, legeBron, naarTeamVan, nieuwVerzoek, VerzoekVelden } from './velden';

/** A contactverzoek on its own, without a registered question (e.g. a note from a colleague). */
export function NieuwVerzoek({
  teamId,
  onKlaar,
}: {
  teamId: string;
  onKlaar: (melding: string | null, verzoek?: Contactverzoek) => void;
}) {
  const client = useQueryClient();
  const kop = useRef<HTMLHeadingElement>(null);
  const [concept, setConcept] = useState(nieuwVerzoek(teamId));
  useEffect(() => kop.current?.focus(), []);
  const maak = useMutation({
    mutationFn: () => {
      const fout = controleerVerzoek(concept, legeBron);
      if (fout) throw fout;
      return api('POST', '/contactverzoeken', { body: invoerVan(concept, legeBron) });
    },
    onSuccess: (verzoek) => {
      client.invalidateQueries({ queryKey: ['contactverzoeken'] });
      onKlaar(`${verzoekTekst(verzoek)}`, verzoek);
    },
  });
  return (
    <form
      aria-labelledby="nieuw-verzoek-kop"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        maak.mutate();
      }}
    >
      <Heading level={2} id="nieuw-verzoek-kop" ref={kop} tabIndex={-1}>
        Nieuw contactverzoek
      </Heading>
      <Foutmelding fout={maak.error} />
      <ProductKeuze
        id="nieuw-product"
        gekozen={concept.onderwerp}
        onKies={(p) => setConcept({ ...naarTeamVan(concept, p), productId: p.id, onderwerp: p.naam })}
      />
      <VerzoekVelden
        id="nieuw"
        concept={concept}
        bron={legeBron}
        zet={(deel) => setConcept({ ...concept, ...deel })}
        fout={maak.error}
        metNaam
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={maak.isPending}>
          Contactverzoek maken
        </Button>
        <Button appearance="secondary-action-button" onClick={() => onKlaar(null)}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
