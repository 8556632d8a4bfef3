import '@utrecht/component-library-css/dist/index.css';
import './theme/voorbeeldstad.css';
import './stadspunt.css';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiFout } from './api';
import { maakRouter } from './router';
import { vergeetSessie } from './sessie';

const queryClient: QueryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  // A session that ended on the server (expired, logged out elsewhere) sends the employee to the login.
  queryCache: new QueryCache({
    onError: (error) => {
      if (!(error instanceof ApiFout && error.status === 401)) return;
      vergeetSessie(queryClient);
      router.navigate({ to: '/inloggen' });
    },
  }),
});
const router = maakRouter(queryClient);

createRoot(document.getElementById('app') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
