import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, get, type Schema } from '../api';
import { Foutmelding, Melding } from '../components/fouten';
import { type Kolom, LijstTabel } from '../components/lijst';
import { Pagina } from '../components/pagina';
import { TeamKeuze, teamsQuery } from '../components/teamkeuze';
import { formulier, Keuzeveld, tekst } from '../components/velden';
import { Zoekbalk } from '../components/zoekbalk';
import { getal, NormVelden, normTekst, type Servicenorm } from './normvelden';
import { normenQuery } from './servicenormen';

type Product = Schema<'Product'>;

/** The product's team and, when it has one of its own, its norm; an empty term: the team's norm. */
function ProductFormulier({
  product,
  norm,
  onKlaar,
}: {
  product: Product;
  norm?: Servicenorm;
  onKlaar: (melding: string) => void;
}) {
  const client = useQueryClient();
  const opslaan = useMutation({
    mutationFn: async (d: FormData) => {
      const nu = await api('PATCH', '/catalogus/producten/{id}', {
        path: { id: product.id },
        body: { teamId: tekst(d, 'teamId') || null },
      });
      if (tekst(d, 'werkdagen'))
        await api('PUT', '/servicenormen', {
          body: {
            productId: product.id,
            werkdagen: getal(d, 'werkdagen'),
            werkdagenUrgent: getal(d, 'werkdagenUrgent'),
          },
        });
      return nu;
    },
    onSuccess: (p) => {
      client.invalidateQueries({ queryKey: ['catalogus'] });
      client.invalidateQueries({ queryKey: ['servicenormen'] });
      onKlaar(`${p.naam} is opgeslagen${p.teamNaam ? `; verantwoordelijk: ${p.teamNaam}` : ''}.`);
    },
  });
  const fout = opslaan.error;
  return (
    <form onSubmit={(e) => opslaan.mutate(formulier(e))} noValidate aria-labelledby="product-kop">
      <Heading level={2} id="product-kop">
        {product.naam} wijzigen
      </Heading>
      <Foutmelding fout={fout} />
      <TeamKeuze
        id="product-team"
        naam="teamId"
        label="Verantwoordelijk team"
        leeg="Geen team"
        waarde={product.teamId ?? ''}
        fout={fout}
      />
      <Heading level={3}>Eigen servicenorm (optioneel)</Heading>
      <NormVelden id="productnorm" norm={norm} fout={fout} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={opslaan.isPending}>
          Opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** The catalogue for the beheerder: which team answers for each product, and its norm. */
export function Producten() {
  const [filter, setFilter] = useState<{ q: string; team?: string; sort: string; page: number }>({
    q: '',
    sort: 'naam',
    page: 1,
  });
  const [bewerk, setBewerk] = useState<Product | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const teams = useQuery(teamsQuery);
  const normen = useQuery(normenQuery);
  const lijst = useQuery({
    queryKey: ['catalogus', filter],
    queryFn: () => get('/catalogus/producten', { query: { ...filter, pageSize: 25 } }),
  });
  const normVan = (p: Product) => normen.data?.items.find((n) => n.productId === p.id);
  const kolommen: Kolom<Product>[] = [
    { kop: 'Product', waarde: (p) => p.naam, sorteer: 'naam' },
    { kop: 'Verantwoordelijk team', waarde: (p) => p.teamNaam ?? 'Geen', sorteer: 'teamNaam' },
    {
      kop: 'Servicenorm',
      waarde: (p) => {
        const n = normVan(p);
        return n ? normTekst(n) : 'die van het team';
      },
    },
    {
      kop: 'Actie',
      waarde: (p) => (
        <Button appearance="subtle-button" onClick={() => setBewerk(p)} aria-label={`${p.naam} wijzigen`}>
          Wijzigen
        </Button>
      ),
    },
  ];
  return (
    <Pagina titel="Producten">
      <Melding tekst={melding} />
      <Foutmelding fout={lijst.error} />
      {bewerk && (
        <ProductFormulier
          key={bewerk.id}
          product={bewerk}
          norm={normVan(bewerk)}
          onKlaar={(m) => {
            setBewerk(null);
            setMelding(m);
          }}
        />
      )}
      <Zoekbalk
        label="Zoek een product"
        onZoek={(d) =>
          setFilter({ ...filter, q: tekst(d, 'q'), team: tekst(d, 'team') || undefined, page: 1 })
        }
      >
        <Keuzeveld
          id="filter-team"
          naam="team"
          label="Team"
          fout={lijst.error}
          opties={[
            { waarde: '', tekst: 'Alle teams' },
            { waarde: 'geen', tekst: 'Zonder team' },
            ...(teams.data?.items ?? []).map((t) => ({ waarde: t.id, tekst: t.naam })),
          ]}
        />
      </Zoekbalk>
      <LijstTabel
        titel="Producten"
        kolommen={kolommen}
        lijst={lijst.data}
        sleutel={(p) => p.id}
        sort={filter.sort}
        onSort={(sort) => setFilter({ ...filter, sort, page: 1 })}
        onPage={(page) => setFilter({ ...filter, page })}
      />
    </Pagina>
  );
}
