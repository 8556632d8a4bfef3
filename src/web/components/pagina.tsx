import { Heading } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useRef } from 'react';

/**
 * One screen: its title in the tab, one h1 that gets focus after navigation (for screen
 * readers), unless the screen puts focus where the work starts (`focusOpKop={false}`).
 */
export function Pagina({
  titel,
  children,
  focusOpKop = true,
}: {
  titel: string;
  children: ReactNode;
  focusOpKop?: boolean;
}) {
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${titel} – Stadspunt`;
    if (focusOpKop) kop.current?.focus();
  }, [titel, focusOpKop]);
  return (
    <>
      <Heading level={1} ref={kop} tabIndex={-1}>
        {titel}
      </Heading>
      {children}
    </>
  );
}
