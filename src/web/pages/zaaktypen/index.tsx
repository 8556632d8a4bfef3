import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { get, type Schema } from '../../api';
import { AppLink } from '../../components/applink';
import { Foutmelding } from '../../components/fouten';
import { type Kolom, LijstTabel } from '../../components/lijst';
import { Pagina } from '../../components/pagina';
import { eenVan, Keuzeveld, tekst } from '../../components/velden';
import { Zoekbalk } from '../../components/zoekbalk';
import { datum } from '../../datum';
import { duurTekst } from './duur';
import { ZaaktypeFormulier } from './formulier';

type Samenvatting = Schema<'ZaaktypeSamenvatting'>;
const STATUSSEN = ['concept', 'gepubliceerd'] as const;

/** Concept, or published with its geldigheid. */
export const statusTekst = (zt: Pick<Samenvatting, 'concept' | 'beginGeldigheid' | 'eindeGeldigheid'>) =>
  zt.concept
    ? 'Concept'
    : `Gepubliceerd, geldig vanaf ${datum(zt.beginGeldigheid)}${zt.eindeGeldigheid ? ` tot en met ${datum(zt.eindeGeldigheid)}` : ''}`;

export function Zaaktypen() {
  const navigeer = useNavigate();
  const [filter, setFilter] = useState<{
    q: string;
    sort: string;
    page: number;
    status?: (typeof STATUSSEN)[number];
  }>({
    q: '',
    sort: 'omschrijving',
    page: 1,
  });
  const [nieuw, setNieuw] = useState(false);
  const lijst = useQuery({
    queryKey: ['zaaktypen', filter],
    queryFn: () => get('/zaaktypen', { query: { ...filter, pageSize: 25 } }),
  });
  const kolommen: Kolom<Samenvatting>[] = [
    {
      kop: 'Omschrijving',
      waarde: (zt) => <AppLink naar={`/beheer/zaaktypen/${zt.id}`}>{zt.omschrijving}</AppLink>,
      sorteer: 'omschrijving',
    },
    { kop: 'Identificatie', waarde: (zt) => zt.identificatie, sorteer: 'identificatie' },
    {
      kop: 'Status',
      waarde: (zt) => (zt.concept ? 'Concept' : zt.eindeGeldigheid ? 'Beëindigd' : 'Gepubliceerd'),
    },
    { kop: 'Geldig vanaf', waarde: (zt) => datum(zt.beginGeldigheid), sorteer: 'beginGeldigheid' },
    { kop: 'Doorlooptijd', waarde: (zt) => duurTekst(zt.doorlooptijd) },
    { kop: 'Servicenorm', waarde: (zt) => duurTekst(zt.servicenorm) },
    { kop: 'Team', waarde: (zt) => zt.teamNaam ?? '–' },
  ];
  return (
    <Pagina titel="Zaaktypen">
      <Foutmelding fout={lijst.error} />
      <Button appearance="primary-action-button" onClick={() => setNieuw(true)}>
        Nieuw zaaktype
      </Button>
      {nieuw && (
        <ZaaktypeFormulier
          onKlaar={(zt) =>
            navigeer({
              to: '/beheer/zaaktypen/$id',
              params: { id: zt.id },
              search: { melding: 'aangemaakt' },
            })
          }
        />
      )}
      <Zoekbalk
        label="Zoek op omschrijving of identificatie"
        onZoek={(d) =>
          setFilter({ ...filter, q: tekst(d, 'q'), status: eenVan(STATUSSEN, tekst(d, 'status')), page: 1 })
        }
      >
        <Keuzeveld
          naam="status"
          label="Status"
          fout={undefined}
          opties={[
            { waarde: '', tekst: 'Alle' },
            { waarde: 'concept', tekst: 'Concept' },
            { waarde: 'gepubliceerd', tekst: 'Gepubliceerd' },
          ]}
          waarde={filter.status ?? ''}
        />
      </Zoekbalk>
      <LijstTabel
        titel="Zaaktypen"
        kolommen={kolommen}
        lijst={lijst.data}
        sleutel={(zt) => zt.id}
        sort={filter.sort}
        onSort={(sort) => setFilter({ ...filter, sort, page: 1 })}
        onPage={(page) => setFilter({ ...filter, page })}
      />
    </Pagina>
  );
}
