import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { datumLang } from '../../shared/nl';
import { ApiFout, api, get, type Invoer, type Schema } from '../api';
import { Foutmelding, Melding, veldFout } from '../components/fouten';
import { Pagina } from '../components/pagina';
import { formulier, Tekstvak, tekst } from '../components/velden';

type Uitnodiging = Schema<'KtoUitnodiging'>;

const SCORES = [
  [1, 'Zeer ontevreden'],
  [2, 'Ontevreden'],
  [3, 'Neutraal'],
  [4, 'Tevreden'],
  [5, 'Zeer tevreden'],
] as const;

const WAAROVER: Record<Uitnodiging['aanleiding'], string> = {
  klantcontact: 'uw contact met de gemeente',
  contactverzoek: 'de afhandeling van uw vraag',
  zaak: 'de afhandeling van uw aanvraag of melding',
};

function waarover(u: Uitnodiging): string {
  const product = u.productNaam ? ` over ${u.productNaam}` : '';
  return `${WAAROVER[u.aanleiding]}${product} (uitnodiging van ${datumLang(u.verstuurd)})`;
}

/** One question with radio buttons; a choice is required, so the server's message shows here. */
function Keuzevraag({
  naam,
  vraag,
  opties,
  fout,
}: {
  naam: string;
  vraag: string;
  opties: readonly (readonly [string | number, string])[];
  fout: unknown;
}) {
  const melding = veldFout(fout, naam);
  return (
    <Fieldset invalid={Boolean(melding)} aria-describedby={melding ? `${naam}-fout` : undefined}>
      <FieldsetLegend>{vraag}</FieldsetLegend>
      {melding && <FormFieldErrorMessage id={`${naam}-fout`}>{melding}</FormFieldErrorMessage>}
      {opties.map(([waarde, label]) => (
        <FormField type="radio" key={waarde}>
          <RadioButton
            id={`${naam}-${waarde}`}
            name={naam}
            value={String(waarde)}
            invalid={Boolean(melding)}
          />
          <FormLabel htmlFor={`${naam}-${waarde}`} type="radio">
            {label}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}

/** The answers as given: an unanswered question stays out, so the server names each one that is missing. */
function antwoorden(data: FormData) {
  const score = data.get('score');
  const inEenKeer = data.get('inEenKeer');
  const opmerking = tekst(data, 'opmerking');
  return {
    ...(score === null ? {} : { score: Number(score) }),
    ...(inEenKeer === null ? {} : { inEenKeer: inEenKeer === 'ja' }),
    ...(opmerking ? { opmerking } : {}),
  } as Invoer<'/kto/{token}', 'POST'>;
}

function Vragenlijst({ token, uitnodiging }: { token: string; uitnodiging: Uitnodiging }) {
  const versturen = useMutation({
    mutationFn: (data: FormData) => api('POST', '/kto/{token}', { path: { token }, body: antwoorden(data) }),
  });
  if (versturen.isSuccess)
    return (
      <Melding
        tekst="Dank u wel! Uw antwoord is opgeslagen. Wij gebruiken het om onze dienstverlening te verbeteren."
        focus
      />
    );
  const fout = versturen.error;
  return (
    <>
      <Paragraph>Drie vragen over {waarover(uitnodiging)}. U hoeft niet in te loggen.</Paragraph>
      <Foutmelding fout={fout} />
      <form onSubmit={(e) => versturen.mutate(formulier(e))} noValidate>
        <Keuzevraag
          naam="score"
          vraag="Hoe tevreden bent u over hoe wij u hebben geholpen?"
          opties={SCORES}
          fout={fout}
        />
        <Keuzevraag
          naam="inEenKeer"
          vraag="Was uw vraag in één keer geregeld?"
          opties={[
            ['ja', 'Ja'],
            ['nee', 'Nee'],
          ]}
          fout={fout}
        />
        <Tekstvak
          naam="opmerking"
          label="Wilt u nog iets kwijt? (niet verplicht)"
          beschrijving="Schrijf hier geen persoonlijke gegevens, zoals uw burgerservicenummer. Hoogstens 2000 tekens."
          fout={fout}
        />
        <Button type="submit" appearance="primary-action-button" disabled={versturen.isPending}>
          Versturen
        </Button>
      </form>
    </>
  );
}

const STATUSTEKST: Record<Exclude<Uitnodiging['status'], 'open'>, string> = {
  beantwoord: 'U hebt deze vragenlijst al ingevuld. Dank u wel!',
  verlopen:
    'Deze uitnodiging is verlopen. Hebt u een vraag of klacht? Bel 14 0123 of kijk op voorbeeldstad.nl.',
};

/** The public page of a KTO invitation: no login, the link is the key. */
export function KtoPagina({ token }: { token: string }) {
  const uitnodiging = useQuery({
    queryKey: ['kto', token],
    queryFn: () => get('/kto/{token}', { path: { token } }),
    retry: false,
  });
  const onbekend = uitnodiging.error instanceof ApiFout && uitnodiging.error.status === 404;
  return (
    <main id="inhoud" className="stadspunt-inloggen">
      <Pagina titel="Hoe hebben wij u geholpen?">
        <Paragraph>Gemeente Voorbeeldstad</Paragraph>
        {onbekend && (
          <Alert type="error" role="alert">
            <Paragraph>
              Deze link kennen wij niet. Kijk of u hem helemaal hebt overgenomen uit de e-mail of sms.
            </Paragraph>
          </Alert>
        )}
        {uitnodiging.error && !onbekend && <Foutmelding fout={uitnodiging.error} />}
        {uitnodiging.data?.status === 'open' && <Vragenlijst token={token} uitnodiging={uitnodiging.data} />}
        {uitnodiging.data && uitnodiging.data.status !== 'open' && (
          <Alert type="info" role="status">
            <Paragraph>{STATUSTEKST[uitnodiging.data.status]}</Paragraph>
          </Alert>
        )}
      </Pagina>
    </main>
  );
}
