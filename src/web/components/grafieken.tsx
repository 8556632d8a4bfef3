import { Paragraph } from '@utrecht/component-library-react';
import { type ComponentProps, lazy, Suspense } from 'react';
import type * as Grafieken from './trendgrafiek';

// ECharts is large: it loads with the first page that shows a chart, not with the app.
const laden = () => import('./trendgrafiek');
const Trend = lazy(() => laden().then((m) => ({ default: m.Trendgrafiek })));
const Mix = lazy(() => laden().then((m) => ({ default: m.Mixgrafiek })));

const Laden = () => <Paragraph>Grafiek laden…</Paragraph>;

export const Trendgrafiek = (props: ComponentProps<typeof Grafieken.Trendgrafiek>) => (
  <Suspense fallback={<Laden />}>
    <Trend {...props} />
  </Suspense>
);

export const Mixgrafiek = (props: ComponentProps<typeof Grafieken.Mixgrafiek>) => (
  <Suspense fallback={<Laden />}>
    <Mix {...props} />
  </Suspense>
);
