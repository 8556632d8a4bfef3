import { useQuery } from '@tanstack/react-query';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { label, labels } from '../../../shared/labels';
import { get } from '../../api';
import { AppLink } from '../../components/applink';
import { Foutmelding } from '../../components/fouten';
import { Keuzeveld } from '../../components/velden';
import { tijdstip } from '../../datum';
import { type Kanaal, kanalen } from './typen';

/** Everything with this party, newest first; each module adds its own kind of item. */
export function Tijdlijn({ partijId }: { partijId: string }) {
  const [kanaal, setKanaal] = useState<Kanaal | ''>('');
  const [pageSize, setPageSize] = useState(20);
  const lijst = useQuery({
    queryKey: ['tijdlijn', partijId, kanaal, pageSize],
    queryFn: () =>
      get('/partijen/{id}/tijdlijn', {
        path: { id: partijId },
        query: { kanaal: kanaal || undefined, pageSize },
      }),
  });
  return (
    <section aria-labelledby="tijdlijn-kop" className="stadspunt-tijdlijn">
      <Heading level={2} id="tijdlijn-kop">
        Tijdlijn
      </Heading>
      <Keuzeveld
        id="tijdlijn-kanaal"
        naam="kanaal"
        label="Kanaal"
        fout={lijst.error}
        opties={[
          { waarde: '', tekst: 'Alle kanalen' },
          ...kanalen.map((k) => ({ waarde: k, tekst: labels.kanaal[k] })),
        ]}
        waarde={kanaal}
        onKies={setKanaal}
      />
      <Foutmelding fout={lijst.error} />
      {lijst.data && (
        <>
          <Paragraph>{lijst.data.total} items</Paragraph>
          <ol className="stadspunt-tijdlijn-lijst">
            {lijst.data.items.map((i) => (
              <li key={`${i.type}-${i.id}`}>
                <time dateTime={i.tijdstip}>{tijdstip(i.tijdstip)}</time>
                {i.kanaal && ` · ${label('kanaal', i.kanaal as Kanaal)}`} ·{' '}
                <strong>
                  {i.type === 'contactverzoek' ? (
                    <AppLink naar={`/contactverzoeken/${i.id}`}>{i.titel}</AppLink>
                  ) : (
                    i.titel
                  )}
                </strong>
                {i.omschrijving && ` — ${i.omschrijving}`}
                {i.door && <span className="stadspunt-hulptekst"> ({i.door})</span>}
                {i.status === 'concept' && <span> · concept</span>}
              </li>
            ))}
          </ol>
          {lijst.data.total > pageSize && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => setPageSize(Math.min(100, pageSize + 20))}
            >
              Meer tonen
            </button>
          )}
        </>
      )}
    </section>
  );
}
