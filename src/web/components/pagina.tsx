import { Heading } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useRef } from 'react';

/** One screen: its title in the tab, one h1 that gets focus after navigation (for screen readers). */
export function Pagina({ titel, children }: { titel: string; children: ReactNode }) {
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${titel} – Stadspunt`;
    kop.current?.focus();
  }, [titel]);
  return (
    <>
      <Heading level={1} ref={kop} tabIndex={-1}>
        {titel}
      </Heading>
      {children}
    </>
  );
}
