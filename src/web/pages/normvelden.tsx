import { Paragraph } from '@utrecht/component-library-react';
import type { Schema } from '../api';
import { Tekstveld, tekst } from '../components/velden';

export type Servicenorm = Schema<'Servicenorm'>;
type Norm = Pick<Servicenorm, 'werkdagen' | 'werkdagenUrgent'>;

/** "2 werkdagen, urgent: dezelfde dag" */
export const normTekst = (n: Norm) =>
  `${n.werkdagen} ${n.werkdagen === 1 ? 'werkdag' : 'werkdagen'}, urgent: ${
    n.werkdagenUrgent === 0
      ? 'dezelfde dag'
      : `${n.werkdagenUrgent} ${n.werkdagenUrgent === 1 ? 'werkdag' : 'werkdagen'}`
  }`;

/** A whole number from a field; anything else is NaN, which JSON sends as null and the server explains. */
export const getal = (data: FormData, naam: string) => {
  const waarde = tekst(data, naam);
  return /^\d+$/.test(waarde) ? Number(waarde) : Number.NaN;
};

/** The two terms of a norm, with the server's field errors. */
export function NormVelden({ norm, fout, id }: { norm?: Norm; fout: unknown; id: string }) {
  return (
    <>
      <Tekstveld
        id={`${id}-werkdagen`}
        naam="werkdagen"
        label="Termijn in werkdagen"
        type="number"
        waarde={norm ? String(norm.werkdagen) : ''}
        fout={fout}
      />
      <Tekstveld
        id={`${id}-urgent`}
        naam="werkdagenUrgent"
        label="Termijn voor urgente verzoeken in werkdagen (0: dezelfde dag)"
        type="number"
        waarde={norm ? String(norm.werkdagenUrgent) : '0'}
        fout={fout}
      />
      <Paragraph>Nieuwe verzoeken krijgen de nieuwe norm; lopende verzoeken houden hun termijn.</Paragraph>
    </>
  );
}
