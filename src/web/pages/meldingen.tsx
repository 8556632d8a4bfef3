import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { api, get, type Schema } from '../api';
import { AppLink } from '../components/applink';
import { Foutmelding } from '../components/fouten';
import { Pagina } from '../components/pagina';
import { tijdstip } from '../datum';

type Melding = Schema<'Melding'>;

/**
 * The employee's notifications; looked at again every minute, so the count in the header keeps
 * up. As a background request: an open screen alone must not keep the session alive.
 */
const meldingenQuery = queryOptions({
  queryKey: ['meldingen'],
  queryFn: () => get('/meldingen', { achtergrond: true }),
  refetchInterval: 60_000,
});

/** In the header: how many notifications are unread, linking to the list. */
export function MeldingenTeller() {
  const ongelezen = useQuery(meldingenQuery).data?.ongelezen ?? 0;
  return (
    <AppLink naar="/meldingen">
      Meldingen{ongelezen > 0 && <span className="stadspunt-teller"> {ongelezen} ongelezen</span>}
    </AppLink>
  );
}

export function Meldingen() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const lijst = useQuery(meldingenQuery);
  const gelezen = useMutation({
    mutationFn: (m: Melding) => api('POST', '/meldingen/{id}/gelezen', { path: { id: m.id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meldingen'] }),
  });
  const open = async (m: Melding) => {
    if (!m.gelezen) await gelezen.mutateAsync(m).catch(() => undefined);
    if (m.link) await navigate({ href: m.link });
  };
  const items = lijst.data?.items ?? [];
  return (
    <Pagina titel="Meldingen">
      <Foutmelding fout={lijst.error ?? gelezen.error} />
      {lijst.data && (
        <Paragraph>
          {lijst.data.ongelezen === 0 ? 'Geen ongelezen meldingen.' : `${lijst.data.ongelezen} ongelezen.`}
        </Paragraph>
      )}
      <ol className="stadspunt-meldingen">
        {items.map((m) => (
          <li key={m.id} className={m.gelezen ? undefined : 'stadspunt-ongelezen'}>
            <Heading level={2}>
              {m.gelezen ? '' : 'Nieuw: '}
              {m.titel}
            </Heading>
            <Paragraph className="stadspunt-hulptekst">
              <time dateTime={m.tijdstip}>{tijdstip(m.tijdstip)}</time>
            </Paragraph>
            <Paragraph className="stadspunt-mailtekst">{m.tekst}</Paragraph>
            {m.link && (
              <Button
                appearance="secondary-action-button"
                onClick={() => open(m)}
                aria-label={`Openen: ${m.titel}`}
              >
                Openen
              </Button>
            )}{' '}
            {!m.gelezen && (
              <Button
                appearance="subtle-button"
                onClick={() => gelezen.mutate(m)}
                aria-label={`Markeer als gelezen: ${m.titel}`}
              >
                Markeer als gelezen
              </Button>
            )}
          </li>
        ))}
      </ol>
    </Pagina>
  );
}
