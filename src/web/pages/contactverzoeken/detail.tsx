import { useQuery } from '@tanstack/react-query';
import { DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import { label, labels } from '../../../shared/labels';
import { ApiFout, get } from '../../api';
import type { ActieUitkomst } from '../../components/actieformulier';
import { AppLink } from '../../components/applink';
import { Conflictmelding, Foutmelding, Melding } from '../../components/fouten';
import { Gegeven } from '../../components/gegeven';
import { Pagina } from '../../components/pagina';
import { tijdstip } from '../../datum';
import { useMedewerker } from '../../sessie';
import { Afhandelen, Belpoging, Doorsturen, Notitie, Oppakken } from './acties';
import type { ContactverzoekDetail, Logboekregel } from './typen';
import { kaartLink, Termijn } from './werkvoorraad';

const Rij = (p: { label: string; children: ReactNode }) => <Gegeven {...p} leeg="–" />;

function Gegevens({ v }: { v: ContactverzoekDetail }) {
  return (
    <DataList>
      <Rij label="Status">
        {`${labels.status[v.status]}${v.resultaat ? `: ${labels.resultaat[v.resultaat]}` : ''}`}
      </Rij>
      <Rij label="Termijn">
        <Termijn verzoek={v} />
      </Rij>
      <Rij label="Onderwerp">{`${v.urgent ? 'Urgent: ' : ''}${v.onderwerp}`}</Rij>
      <Rij label="Vraag">{v.vraag}</Rij>
      <Rij label="Toelichting">{v.toelichting}</Rij>
      <Rij label="Inwoner">
        {v.naam ?? v.partijNaam}
        {v.partijId && (
          <>
            {' '}
            (<AppLink {...kaartLink(v.partijId)}>kaart op de werkplek</AppLink>)
          </>
        )}
      </Rij>
      {v.klantcontactId && (
        <Rij label="Uit klantcontact">
          <Herkomst id={v.klantcontactId} partijId={v.partijId} />
        </Rij>
      )}
      <Rij label="Telefoon">{v.telefoon}</Rij>
      <Rij label="E-mail">{v.email}</Rij>
      <Rij label="Voorkeur">{labels.voorkeurstijd[v.voorkeurstijd] ?? v.voorkeurstijd}</Rij>
      <Rij label="Team">{v.teamNaam}</Rij>
      <Rij label="Behandelaar">{v.medewerkerNaam ?? 'Nog niemand'}</Rij>
      <Rij label="Ontvangen">{tijdstip(v.ontvangen)}</Rij>
      <Rij label="Belpogingen">{`${v.pogingen}, waarvan ${v.mislukt} zonder contact`}</Rij>
      {v.afgehandeld && <Rij label="Afgehandeld">{tijdstip(v.afgehandeld)}</Rij>}
    </DataList>
  );
}

/** The contact the request was made from: when, how and by whom, with the questions asked. */
function Herkomst({ id, partijId }: { id: string; partijId: string | null }) {
  const contact = useQuery({
    queryKey: ['klantcontact', id],
    queryFn: () => get('/klantcontacten/{id}', { path: { id } }),
  });
  const k = contact.data;
  if (!k) return contact.error ? 'Het klantcontact is niet te lezen.' : 'Laden…';
  const tekst = `${tijdstip(k.start)} via ${label('kanaal', k.kanaal)}${k.medewerkerNaam ? `, ${k.medewerkerNaam}` : ''}: ${k.vragen.map((q) => q.onderwerp).join(', ')}`;
  // The desk shows the contact in the timeline of the party's card.
  return partijId ? <AppLink {...kaartLink(partijId)}>{tekst}</AppLink> : tekst;
}

/** What happened to the request, oldest first. */
function Logboek({ regels }: { regels: Logboekregel[] }) {
  return (
    <section aria-labelledby="logboek-kop">
      <Heading level={2} id="logboek-kop">
        Logboek (oudste eerst)
      </Heading>
      <ol className="stadspunt-tijdlijn-lijst">
        {regels.map((r) => (
          <li key={r.id}>
            <time dateTime={r.tijdstip}>{tijdstip(r.tijdstip)}</time> ·{' '}
            <strong>{labels.logboek[r.soort]}</strong> — {r.tekst}{' '}
            <span className="stadspunt-hulptekst">({r.medewerkerNaam})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One request: all its fields, the log, and what the employee can do with it while it is open. */
export function ContactverzoekPagina({ id }: { id: string }) {
  const medewerker = useMedewerker();
  const [uitkomst, setUitkomst] = useState<ActieUitkomst>({});
  const verzoek = useQuery({
    queryKey: ['contactverzoek', id],
    queryFn: () => get('/contactverzoeken/{id}', { path: { id } }),
  });
  const v = verzoek.data;
  const klaar = (u: ActieUitkomst) => {
    setUitkomst(u);
    // After a conflict the employee first reads what changed: the title starts that reading.
    if (u.conflict) document.querySelector('h1')?.focus();
  };
  const acties = v && { verzoek: v, onKlaar: klaar };
  return (
    <Pagina titel={v ? `Contactverzoek ${v.nummer}` : 'Contactverzoek'}>
      <Paragraph>
        <AppLink naar="/werkvoorraad">Terug naar de werkvoorraad</AppLink>
      </Paragraph>
      <Foutmelding
        fout={
          verzoek.error instanceof ApiFout && [400, 404].includes(verzoek.error.status)
            ? new ApiFout(404, 'Dit contactverzoek bestaat niet. Zoek het op nummer in de werkvoorraad.')
            : verzoek.error
        }
      />
      <Conflictmelding tekst={uitkomst.conflict} />
      {/* Closing removes the forms; the message is where the employee continues. */}
      <Melding tekst={uitkomst.melding ?? null} focus={uitkomst.focus} />
      {v && acties && (
        <div className="stadspunt-werkplek">
          <div>
            <Gegevens v={v} />
            <Logboek regels={v.logboek} />
          </div>
          <section aria-labelledby="acties-kop" className="stadspunt-contact">
            <Heading level={2} id="acties-kop">
              Acties
            </Heading>
            {!v.mag.behandelen && (
              <Paragraph>
                Dit verzoek ligt bij {v.teamNaam}. U ziet de stand
                {v.niveau === 'status' ? ', zonder de notities van het team' : ''}; alleen medewerkers van{' '}
                {v.teamNaam} behandelen het.
              </Paragraph>
            )}
            {v.mag.behandelen && v.status === 'open' && (
              <>
                {v.medewerkerId !== medewerker.id && <Oppakken {...acties} />}
                <Belpoging {...acties} />
              </>
            )}
            {/* A note is also possible after closing (e.g. the resident called back). */}
            {v.mag.behandelen && <Notitie {...acties} />}
            {v.mag.behandelen && v.status === 'open' && (
              <>
                <Doorsturen key={v.teamId} {...acties} regie={v.mag.toewijzen} />
                <Afhandelen {...acties} />
              </>
            )}
          </section>
        </div>
      )}
    </Pagina>
  );
}
