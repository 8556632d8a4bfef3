import { AlertDialog, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { Foutmelding } from './fouten';

interface BevestigingProps {
  vraag: ReactNode;
  ja: string;
  onJa: () => void;
  onNee: () => void;
  bezig?: boolean;
  fout?: unknown;
  /** Replaces the question once the action is done (e.g. a temporary password), with only "Sluiten". */
  uitkomst?: ReactNode;
}

/**
 * A modal confirmation on the native <dialog>: the page behind is inert, Escape cancels, focus
 * starts on the harmless choice and returns to the button that opened it.
 */
export function Bevestiging({ vraag, ja, onJa, onNee, bezig, fout, uitkomst }: BevestigingProps) {
  const dialoog = useRef<HTMLDialogElement>(null);
  const nee = useRef<HTMLButtonElement>(null);
  const terug = useRef(document.activeElement as HTMLElement | null);
  const klaar = Boolean(uitkomst);
  useEffect(() => {
    if (!dialoog.current?.open) dialoog.current?.showModal();
    return () => terug.current?.focus();
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves again when the outcome replaces the question
  useEffect(() => {
    nee.current?.focus();
  }, [klaar]);
  return (
    <AlertDialog
      ref={dialoog}
      type="warning"
      role="alertdialog"
      aria-labelledby="bevestiging-tekst"
      onCancel={(e) => {
        e.preventDefault();
        onNee();
      }}
    >
      <Paragraph id="bevestiging-tekst" aria-live="polite">
        {uitkomst ?? vraag}
      </Paragraph>
      {!uitkomst && <Foutmelding fout={fout} />}
      <ButtonGroup>
        {!uitkomst && (
          <Button appearance="primary-action-button" hint="danger" busy={bezig} onClick={onJa}>
            {ja}
          </Button>
        )}
        <Button ref={nee} appearance="secondary-action-button" onClick={onNee}>
          {uitkomst ? 'Sluiten' : 'Annuleren'}
        </Button>
      </ButtonGroup>
    </AlertDialog>
  );
}
