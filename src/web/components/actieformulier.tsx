import { type QueryKey, type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Heading } from '@utrecht/component-library-react';
import { type ReactNode, useRef, useState } from 'react';
import { ApiFout, huidigeVersie } from '../api';
import { Bevestiging } from './bevestiging';
import { Foutmelding } from './fouten';

export interface ActieUitkomst {
  melding?: string;
  conflict?: string;
  /** The action removed its form (closing): the message takes the focus. */
  focus?: boolean;
}

/**
 * One action on an object the server keeps a version of: the answer replaces the object on the
 * screen and its lists are fetched again; a 409 puts the current state on the screen and says so.
 */
export function useVersieActie<B, T>(o: {
  sleutel: QueryKey;
  lijst: QueryKey;
  verstuur: (body: B) => Promise<T>;
  onKlaar: (u: ActieUitkomst) => void;
  conflict: (fout: Error) => string;
}) {
  const client = useQueryClient();
  const toon = (nieuw: T) => {
    client.setQueryData(o.sleutel, nieuw);
    client.invalidateQueries({ queryKey: o.lijst });
  };
  return useMutation({
    mutationFn: o.verstuur,
    onSuccess: toon,
    onError: (fout) => {
      const huidig = huidigeVersie<T>(fout);
      if (!huidig) return;
      toon(huidig);
      o.onKlaar({ conflict: o.conflict(fout) });
    },
  });
}

export interface FormulierProps<B, T> {
  id: string;
  titel: string;
  knop: string;
  actie: UseMutationResult<T, Error, B>;
  /** Annotated with the action's body type where it is written, so tsc checks every field. */
  invoer: (d: FormData) => NoInfer<B>;
  melding: (nieuw: T) => string;
  /** Whether the answer closed the object, which removes the forms. */
  sluit: (nieuw: T) => boolean;
  onKlaar: (u: ActieUitkomst) => void;
  /** Ask first: the question for the confirmation dialog. */
  bevestig?: (body: NoInfer<B>) => string;
  /** A message that is also a field's error is said once, at the field. */
  eenmaal?: boolean;
  children?: (fout: unknown) => ReactNode;
}

/** A form for one action; `invoer` reads the body from the form (or throws a field error). */
export function ActieFormulier<B, T>(p: FormulierProps<B, T>) {
  const form = useRef<HTMLFormElement>(null);
  const [vraag, setVraag] = useState<{ tekst: string; body: B } | null>(null);
  const [eigenFout, setEigenFout] = useState<unknown>(null);
  const fout = eigenFout ?? (huidigeVersie(p.actie.error) ? null : p.actie.error);
  const bijVeld = p.eenmaal && fout instanceof ApiFout && fout.velden.some((v) => v.melding === fout.message);
  const voerUit = (body: B) =>
    p.actie.mutate(body, {
      onSuccess: (nieuw) => {
        form.current?.reset();
        setVraag(null);
        p.onKlaar({ melding: p.melding(nieuw), focus: p.sluit(nieuw) });
      },
      onError: () => setVraag(null),
    });
  return (
    <form
      ref={form}
      aria-labelledby={`${p.id}-kop`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setEigenFout(null);
        try {
          const body = p.invoer(new FormData(e.currentTarget));
          if (p.bevestig) setVraag({ tekst: p.bevestig(body), body });
          else voerUit(body);
        } catch (f) {
          setEigenFout(f);
        }
      }}
    >
      <Heading level={3} id={`${p.id}-kop`}>
        {p.titel}
      </Heading>
      <Foutmelding fout={bijVeld ? null : fout} />
      {p.children?.(fout)}
      <Button type="submit" appearance="primary-action-button" busy={p.actie.isPending}>
        {p.knop}
      </Button>
      {vraag && (
        <Bevestiging
          vraag={vraag.tekst}
          ja={`Ja, ${p.knop.toLowerCase()}`}
          onJa={() => voerUit(vraag.body)}
          onNee={() => setVraag(null)}
          bezig={p.actie.isPending}
        />
      )}
    </form>
  );
}
