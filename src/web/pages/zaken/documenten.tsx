import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { ApiFout, api, get, type Schema, stuurFormulier } from '../../api';
import { Foutmelding, Melding, veldFout } from '../../components/fouten';
import { beschrevenDoor, Keuzeveld, Tekstveld, Veld } from '../../components/velden';
import { tijdstip } from '../../datum';

type Document = Schema<'ZaakDocument'>;

export interface ZaakDocumentenProps {
  zaak: { id: string; einddatum: string | null; mag: { behandelen: boolean } };
}

const vertrouwelijkheden: { waarde: string; tekst: string }[] = [
  { waarde: '', tekst: 'Zoals de zaak' },
  { waarde: 'openbaar', tekst: 'Openbaar' },
  { waarde: 'beperkt_openbaar', tekst: 'Beperkt openbaar' },
  { waarde: 'intern', tekst: 'Intern' },
  { waarde: 'zaakvertrouwelijk', tekst: 'Zaakvertrouwelijk' },
  { waarde: 'vertrouwelijk', tekst: 'Vertrouwelijk' },
  { waarde: 'confidentieel', tekst: 'Confidentieel' },
  { waarde: 'geheim', tekst: 'Geheim' },
  { waarde: 'zeer_geheim', tekst: 'Zeer geheim' },
];

const omvang = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${(bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;

const inhoudPad = (zaakId: string, d: Document, versie?: number) =>
  `/api/v1/zaken/${zaakId}/documenten/${d.id}/inhoud${versie ? `?versie=${versie}` : ''}`;

/** After any change the zaak itself changed too (its version and history). */
function useVernieuw(zaakId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['zaak', zaakId] });
}

/** A file picker with its label and the server's error for the file under it. */
function Bestandsveld({ id, fout, beschrijving }: { id: string; fout?: string; beschrijving?: string }) {
  return (
    <Veld id={id} label="Bestand" fout={fout} beschrijving={beschrijving}>
      <input
        id={id}
        name="bestand"
        type="file"
        className="utrecht-textbox"
        required
        aria-invalid={fout ? true : undefined}
        aria-describedby={beschrevenDoor(id, fout, beschrijving)}
      />
    </Veld>
  );
}

const gekozen = (formulier: FormData) => {
  const bestand = formulier.get('bestand');
  return bestand instanceof File && bestand.name !== '';
};
const geenBestand = new ApiFout(400, 'Kies eerst een bestand.', [
  { veld: 'bestand', melding: 'Kies een bestand.' },
]);

/** Sends a form with a file, with a progress bar while it goes. */
function useUpload<T>(pad: string, onKlaar: (d: T) => void) {
  const [deel, setDeel] = useState<number | null>(null);
  const upload = useMutation({
    mutationFn: (formulier: FormData) => {
      if (!gekozen(formulier)) return Promise.reject(geenBestand);
      setDeel(0);
      return stuurFormulier<T>(pad, formulier, setDeel);
    },
    onSettled: () => setDeel(null),
    onSuccess: onKlaar,
  });
  return { upload, deel };
}

function Voortgang({ deel, label }: { deel: number | null; label: string }) {
  if (deel === null) return null;
  return (
    <Paragraph role="status">
      <label>
        {label}{' '}
        <progress max={1} value={deel}>
          {Math.round(deel * 100)}%
        </progress>
      </label>
    </Paragraph>
  );
}

function Toevoegen({ zaakId, onKlaar }: { zaakId: string; onKlaar: (melding: string) => void }) {
  const id = useId();
  const vernieuw = useVernieuw(zaakId);
  const { upload, deel } = useUpload<Document>(`/zaken/${zaakId}/documenten`, (d) => {
    vernieuw();
    onKlaar(`Document "${d.titel}" is toegevoegd.`);
  });
  const verstuur = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formulier = e.currentTarget;
    upload.mutate(new FormData(formulier), { onSuccess: () => formulier.reset() });
  };
  return (
    <form onSubmit={verstuur} aria-labelledby={`${id}-kop`} noValidate>
      <Heading level={3} id={`${id}-kop`}>
        Document toevoegen
      </Heading>
      <Foutmelding fout={upload.error} />
      <Bestandsveld
        id={`${id}-bestand`}
        fout={veldFout(upload.error, 'bestand')}
        beschrijving="PDF, Word, Excel, OpenDocument, tekst, CSV, e-mail, PNG, JPEG of TIFF."
      />
      <Tekstveld
        id={`${id}-titel`}
        naam="titel"
        label="Titel (niet verplicht)"
        beschrijving="Zonder titel wordt de bestandsnaam de titel."
        fout={upload.error}
      />
      <Keuzeveld
        id={`${id}-vertrouwelijkheid`}
        naam="vertrouwelijkheid"
        label="Vertrouwelijkheid"
        opties={vertrouwelijkheden}
        fout={upload.error}
      />
      <Voortgang deel={deel} label="Bezig met uploaden:" />
      <Button
        type="submit"
        appearance="primary-action-button"
        disabled={upload.isPending}
        aria-busy={upload.isPending}
      >
        {upload.isPending ? 'Bezig met uploaden…' : 'Toevoegen'}
      </Button>
    </form>
  );
}

function NieuweVersie({
  zaakId,
  d,
  onKlaar,
}: {
  zaakId: string;
  d: Document;
  onKlaar: (melding: string) => void;
}) {
  const id = useId();
  const vernieuw = useVernieuw(zaakId);
  const { upload, deel } = useUpload<Document>(`/zaken/${zaakId}/documenten/${d.id}/versies`, (nieuw) => {
    vernieuw();
    onKlaar(`Versie ${nieuw.versie} van "${nieuw.titel}" is toegevoegd; de vergrendeling is opgeheven.`);
  });
  const verstuur = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    upload.mutate(new FormData(e.currentTarget));
  };
  return (
    <form onSubmit={verstuur} aria-label={`Nieuwe versie van ${d.titel}`} noValidate>
      <Foutmelding fout={upload.error} />
      <Bestandsveld id={`${id}-bestand`} fout={veldFout(upload.error, 'bestand')} />
      <Voortgang deel={deel} label="Bezig met uploaden:" />
      <Button
        type="submit"
        appearance="secondary-action-button"
        disabled={upload.isPending}
        aria-busy={upload.isPending}
      >
        {upload.isPending ? 'Bezig met uploaden…' : 'Nieuwe versie toevoegen'}
        <span className="stadspunt-verborgen"> van {d.titel}</span>
      </Button>
    </form>
  );
}

function Versies({ zaakId, d }: { zaakId: string; d: Document }) {
  return (
    <details>
      <summary>
        {d.versies.length === 1 ? '1 versie' : `${d.versies.length} versies`}
        <span className="stadspunt-verborgen"> van {d.titel}</span>
      </summary>
      <UnorderedList>
        {d.versies.map((v) => (
          <UnorderedListItem key={v.versie}>
            <Link href={inhoudPad(zaakId, d, v.versie)} download>
              Versie {v.versie}
              <span className="stadspunt-verborgen"> van {d.titel}</span>
            </Link>{' '}
            · {omvang(v.bestandsomvang)} · {v.medewerkerNaam ?? 'onbekend'}, {tijdstip(v.aangemaakt)}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </details>
  );
}

function Acties({ zaakId, d, onKlaar }: { zaakId: string; d: Document; onKlaar: (melding: string) => void }) {
  const vernieuw = useVernieuw(zaakId);
  const path = { id: zaakId, documentId: d.id };
  const vergrendel = useMutation({
    mutationFn: () => api('POST', '/zaken/{id}/documenten/{documentId}/vergrendeling', { path }),
    onSuccess: () =>
      onKlaar(`"${d.titel}" is vergrendeld: u kunt het nu bewerken en een nieuwe versie toevoegen.`),
    onSettled: vernieuw,
  });
  const ontgrendel = useMutation({
    mutationFn: () => api('POST', '/zaken/{id}/documenten/{documentId}/ontgrendeling', { path }),
    onSuccess: () => onKlaar(`De vergrendeling van "${d.titel}" is opgeheven.`),
    onSettled: vernieuw,
  });
  const eigen = d.mag.nieuweVersie;
  return (
    <>
      <Foutmelding fout={vergrendel.error ?? ontgrendel.error} />
      {d.mag.vergrendelen && (
        <Button
          appearance="secondary-action-button"
          onClick={() => vergrendel.mutate()}
          disabled={vergrendel.isPending}
        >
          Vergrendelen om te bewerken<span className="stadspunt-verborgen">: {d.titel}</span>
        </Button>
      )}
      {d.mag.ontgrendelen && (
        <Button
          appearance="secondary-action-button"
          onClick={() => ontgrendel.mutate()}
          disabled={ontgrendel.isPending}
        >
          {eigen ? 'Vergrendeling opheffen' : 'Vergrendeling verbreken'}
          <span className="stadspunt-verborgen">: {d.titel}</span>
        </Button>
      )}
      {eigen && <NieuweVersie zaakId={zaakId} d={d} onKlaar={onKlaar} />}
    </>
  );
}

function Rij({ zaakId, d, onKlaar }: { zaakId: string; d: Document; onKlaar: (melding: string) => void }) {
  const huidige = d.versies[0];
  return (
    <TableRow>
      <TableHeaderCell scope="row">
        <Link href={inhoudPad(zaakId, d)} download>
          {d.titel}
        </Link>
        <br />
        <span className="stadspunt-hulptekst">
          {d.bestandsnaam}
          {huidige && ` · ${omvang(huidige.bestandsomvang)}`}
          {d.informatieobjecttypeOmschrijving && ` · ${d.informatieobjecttypeOmschrijving}`}
        </span>
      </TableHeaderCell>
      <TableCell>
        <Versies zaakId={zaakId} d={d} />
      </TableCell>
      <TableCell>
        {d.vergrendeldDoorNaam
          ? `Vergrendeld door ${d.vergrendeldDoorNaam}${d.vergrendeldSinds ? ` sinds ${tijdstip(d.vergrendeldSinds)}` : ''}`
          : 'Niet vergrendeld'}
      </TableCell>
      <TableCell>
        <Acties zaakId={zaakId} d={d} onKlaar={onKlaar} />
      </TableCell>
    </TableRow>
  );
}

/**
 * The documents of a zaak, for the zaak's detail page: each with its versions to download,
 * who has it locked, and for the team adding a document, locking and adding a new version
 * while the zaak is open (the server refuses a document on a closed zaak).
 */
export function ZaakDocumenten({ zaak }: ZaakDocumentenProps) {
  const id = useId();
  const [melding, setMelding] = useState<string | null>(null);
  const documenten = useQuery({
    queryKey: ['zaak', zaak.id, 'documenten'],
    queryFn: () => get('/zaken/{id}/documenten', { path: { id: zaak.id } }),
  });
  const kop = (
    <Heading level={2} id={`${id}-kop`}>
      Documenten
    </Heading>
  );
  if (documenten.error instanceof ApiFout && documenten.error.status === 403)
    return (
      <section aria-labelledby={`${id}-kop`}>
        {kop}
        <Paragraph>{documenten.error.message}</Paragraph>
      </section>
    );
  const items = documenten.data?.items ?? [];
  return (
    <section aria-labelledby={`${id}-kop`}>
      {kop}
      <Melding tekst={melding} />
      <Foutmelding fout={documenten.error} />
      {documenten.isPending && <Paragraph>Documenten laden…</Paragraph>}
      {documenten.data && items.length === 0 && <Paragraph>Deze zaak heeft nog geen documenten.</Paragraph>}
      {items.length > 0 && (
        <Table>
          <TableCaption>Documenten van de zaak</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Document</TableHeaderCell>
              <TableHeaderCell scope="col">Versies</TableHeaderCell>
              <TableHeaderCell scope="col">Bewerken</TableHeaderCell>
              <TableHeaderCell scope="col">Acties</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((d) => (
              <Rij key={d.id} zaakId={zaak.id} d={d} onKlaar={setMelding} />
            ))}
          </TableBody>
        </Table>
      )}
      {zaak.mag.behandelen && !zaak.einddatum && <Toevoegen zaakId={zaak.id} onKlaar={setMelding} />}
    </section>
  );
}
