import {
  Button,
  ButtonGroup,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { Lijst } from '../api';

export interface Kolom<T> {
  kop: string;
  waarde: (item: T) => ReactNode;
  /** Field name for server-side sorting, when this column sorts. */
  sorteer?: string;
}

interface LijstTabelProps<T> {
  titel: string;
  kolommen: Kolom<T>[];
  lijst: Lijst<T> | undefined;
  sleutel: (item: T) => string;
  sort?: string;
  onSort?: (sort: string) => void;
  onPage: (page: number) => void;
}

function SorteerKop({
  kop,
  veld,
  sort,
  onSort,
}: {
  kop: string;
  veld: string;
  sort?: string;
  onSort: (s: string) => void;
}) {
  const oplopend = sort === veld;
  const aflopend = sort === `-${veld}`;
  const richting = oplopend ? 'ascending' : aflopend ? 'descending' : 'none';
  return (
    <TableHeaderCell scope="col" aria-sort={richting}>
      <Button appearance="subtle-button" onClick={() => onSort(oplopend ? `-${veld}` : veld)}>
        {kop} {oplopend ? '▲' : aflopend ? '▼' : ''}
      </Button>
    </TableHeaderCell>
  );
}

/** A server-side list: caption, sortable headers, pages. */
export function LijstTabel<T>({ titel, kolommen, lijst, sleutel, sort, onSort, onPage }: LijstTabelProps<T>) {
  if (!lijst) return <Paragraph>Laden…</Paragraph>;
  const paginas = Math.max(1, Math.ceil(lijst.total / lijst.pageSize));
  return (
    <>
      <Table>
        <TableCaption>
          {titel} ({lijst.total})
        </TableCaption>
        <TableHeader>
          <TableRow>
            {kolommen.map((k) =>
              k.sorteer && onSort ? (
                <SorteerKop key={k.kop} kop={k.kop} veld={k.sorteer} sort={sort} onSort={onSort} />
              ) : (
                <TableHeaderCell key={k.kop} scope="col">
                  {k.kop}
                </TableHeaderCell>
              ),
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {lijst.items.map((item) => (
            <TableRow key={sleutel(item)}>
              {kolommen.map((k) => (
                <TableCell key={k.kop}>{k.waarde(item)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {lijst.total === 0 && <Paragraph>Niets gevonden.</Paragraph>}
      {paginas > 1 && (
        <nav aria-label={`Pagina's van ${titel.toLowerCase()}`}>
          <ButtonGroup>
            <Button
              appearance="secondary-action-button"
              disabled={lijst.page <= 1}
              onClick={() => onPage(lijst.page - 1)}
            >
              Vorige
            </Button>
            <Paragraph>
              Pagina {lijst.page} van {paginas}
            </Paragraph>
            <Button
              appearance="secondary-action-button"
              disabled={lijst.page >= paginas}
              onClick={() => onPage(lijst.page + 1)}
            >
              Volgende
            </Button>
          </ButtonGroup>
        </nav>
      )}
    </>
  );
}
