import { DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** One line of a data list: a label and its value, or `leeg` when there is no value. */
export function Gegeven({ label, children, leeg }: { label: string; children: ReactNode; leeg?: string }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{leeg !== undefined && !children ? leeg : children}</DataListValue>
    </DataListItem>
  );
}
