import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/** A link inside the app (no page reload), styled as an NL Design System link. */
export function AppLink({ naar, children, huidig }: { naar: string; children: ReactNode; huidig?: boolean }) {
  return (
    <Link to={naar} className="utrecht-link" aria-current={huidig ? 'page' : undefined}>
      {children}
    </Link>
  );
}
