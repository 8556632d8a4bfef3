import { useQuery } from '@tanstack/react-query';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
  StatusBadge,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { get, type Schema } from '../api';
import { AppLink } from '../components/applink';
import { Foutmelding } from '../components/fouten';
import { type Kolom, LijstTabel } from '../components/lijst';
import { Pagina } from '../components/pagina';
import { tekst } from '../components/velden';
import { Zoekbalk } from '../components/zoekbalk';
import { tijd } from './audit';

type MailKop = Schema<'MailKop'>;

const statusTekst: Record<MailKop['status'], string> = {
  wachtrij: 'In de wachtrij',
  bewaard: 'Bewaard (geen SMTP)',
  verzonden: 'Verzonden',
  mislukt: 'Mislukt',
};

export function Mailbox() {
  const [filter, setFilter] = useState({ q: '', page: 1 });
  const lijst = useQuery({
    queryKey: ['mails', filter],
    queryFn: () => get('/mails', { query: { ...filter, pageSize: 25 } }),
  });
  const kolommen: Kolom<MailKop>[] = [
    { kop: 'Tijdstip', waarde: (m) => tijd(m.aangemaakt) },
    { kop: 'Aan', waarde: (m) => m.aan },
    { kop: 'Onderwerp', waarde: (m) => <AppLink naar={`/beheer/mailbox/${m.id}`}>{m.onderwerp}</AppLink> },
    { kop: 'Status', waarde: (m) => <StatusBadge>{statusTekst[m.status]}</StatusBadge> },
  ];
  return (
    <Pagina titel="Mailbox">
      <Paragraph>Alle mails die Stadspunt verstuurde. Zonder SMTP-server blijven ze hier bewaard.</Paragraph>
      <Foutmelding fout={lijst.error} />
      <Zoekbalk
        label="Zoek op ontvanger of onderwerp"
        onZoek={(d) => setFilter({ q: tekst(d, 'q'), page: 1 })}
      />
      <LijstTabel
        titel="Mails, nieuwste eerst"
        kolommen={kolommen}
        lijst={lijst.data}
        sleutel={(m) => m.id}
        onPage={(page) => setFilter({ ...filter, page })}
      />
    </Pagina>
  );
}

export function MailLezen({ id }: { id: string }) {
  const mail = useQuery({ queryKey: ['mail', id], queryFn: () => get('/mails/{id}', { path: { id } }) });
  const m = mail.data;
  return (
    <Pagina titel={m ? m.onderwerp : 'Mail'}>
      <Foutmelding fout={mail.error} />
      {m && (
        <>
          <DataList>
            <DataListItem>
              <DataListKey>Aan</DataListKey>
              <DataListValue>{m.aan}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Tijdstip</DataListKey>
              <DataListValue>{tijd(m.aangemaakt)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Status</DataListKey>
              <DataListValue>{statusTekst[m.status]}</DataListValue>
            </DataListItem>
          </DataList>
          <pre className="stadspunt-mailtekst">{m.tekst}</pre>
        </>
      )}
      <Paragraph>
        <AppLink naar="/beheer/mailbox">Terug naar de mailbox</AppLink>
      </Paragraph>
    </Pagina>
  );
}
