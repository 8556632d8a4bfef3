import {
  Button,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { csv } from '../../shared/csv';

export interface Cijferkolom<R> {
  kop: string;
  /** The text on screen and in the CSV alike, so the download says what the table says. */
  waarde: (rij: R) => string | number | null;
  /** On screen instead of the text: the same figures with their links. */
  inhoud?: (rij: R) => ReactNode;
}

/** Offers the table as a CSV file, made in the browser from the figures on screen. */
function download(bestand: string, inhoud: string) {
  const url = URL.createObjectURL(new Blob([inhoud], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = bestand;
  a.click();
  URL.revokeObjectURL(url);
}

/** A table of figures whose first column names the row, with a CSV download of exactly that table. */
export function Cijfertabel<R>({
  titel,
  eerste,
  cijfers,
  rijen,
  sleutel,
  bestand,
}: {
  titel: string;
  /** The column that names the row. */
  eerste: NoInfer<Cijferkolom<R>>;
  cijfers: NoInfer<Cijferkolom<R>[]>;
  rijen: R[];
  sleutel: (rij: R) => string;
  bestand: string;
}) {
  const kolommen = [eerste, ...cijfers];
  const alsCsv = () =>
    csv(
      kolommen.map((k) => k.kop),
      rijen.map((r) => kolommen.map((k) => k.waarde(r))),
    );
  return (
    <div className="stadspunt-cijfertabel">
      <Table>
        <TableCaption>{titel}</TableCaption>
        <TableHeader>
          <TableRow>
            {kolommen.map((k) => (
              <TableHeaderCell key={k.kop} scope="col">
                {k.kop}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map((r) => (
            <TableRow key={sleutel(r)}>
              <TableHeaderCell scope="row">{eerste.waarde(r)}</TableHeaderCell>
              {cijfers.map((k) => (
                <TableCell key={k.kop}>{k.inhoud ? k.inhoud(r) : k.waarde(r)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button appearance="secondary-action-button" onClick={() => download(`${bestand}.csv`, alsCsv())}>
        Download als CSV<span className="stadspunt-verborgen"> de tabel {titel}</span>
      </Button>
    </div>
  );
}
