import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/** A link inside the app (no page reload), styled as an NL Design System link; `zoek` fills the URL's search params. */
export function AppLink({
  naar,
  zoek,
  children,
  huidig,
}: {
  naar: string;
  zoek?: object;
  children: ReactNode;
  huidig?: boolean;
}) {
  return (
    <Link
      to={naar}
      search={zoek as never}
      className="utrecht-link"
      aria-current={huidig ? 'page' : undefined}
    >
      {children}
    </Link>
  );
}
