import '@utrecht/component-library-css/dist/index.css';
import './theme/voorbeeldstad.css';
import './stadspunt.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Inloggen } from './pages/inloggen';
import { router } from './router';
import { SessieProvider, useSessieQuery } from './sessie';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

function App() {
  const sessie = useSessieQuery();
  if (sessie.isPending) return <p>Laden…</p>;
  if (!sessie.data) {
    return (
      <main id="inhoud" className="stadspunt-inloggen">
        <Inloggen />
      </main>
    );
  }
  return (
    <SessieProvider medewerker={sessie.data.medewerker}>
      <RouterProvider router={router} />
    </SessieProvider>
  );
}

createRoot(document.getElementById('app') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
