import type { IncomingMessage, Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import { setTimeout as wacht } from 'node:timers/promises';
import type { Runtime } from './bootstrap';

/** The requests the server is answering, and how it stops taking new ones. */
function volgVerzoeken(server: Server) {
  const lopend = new Map<IncomingMessage, string>();
  let stopt = false;
  let leeg = () => {};
  // Before Hono's listener, so the header is set before the response is written.
  server.prependListener('request', (req, res) => {
    lopend.set(req, `${req.method} ${req.url?.split('?')[0]}`);
    // While stopping, an open connection carries one more request and then closes.
    if (stopt) res.setHeader('connection', 'close');
    res.once('close', () => {
      lopend.delete(req);
      if (stopt && lopend.size === 0) leeg();
    });
  });
  return {
    lopend: () => [...lopend.values()],
    /**
     * Refuses new connections at once, and resolves when every open one has closed. Node's own
     * close() would also drop the idle keep-alive connections at once, and a request a proxy is
     * sending on one of them would be lost; they are closed when no request runs any more.
     */
    sluit(): Promise<void> {
      stopt = true;
      const dicht = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      leeg = () => server.closeIdleConnections();
      if (lopend.size === 0) leeg();
      return dicht;
    },
  };
}

/**
 * SIGTERM or SIGINT: /health/ready answers 503, no new connections or jobs are taken, running
 * requests and jobs finish, then the database closes and the process exits 0. What is still
 * running at the deadline (or at a second signal) is cut off, named in the log, and the process
 * exits 1; pg-boss gets the jobs cut off back as failed, to retry as their queue allows.
 */
export function stopBijSignaal(server: Server, runtime: Runtime, deadlineSeconden: number): void {
  const verzoeken = volgVerzoeken(server);
  let jobsGestopt: Promise<void> | undefined;

  async function breekAf(reden: string, wachtOpJobs: boolean): Promise<never> {
    const lopend = { verzoeken: verzoeken.lopend(), taken: runtime.jobs.lopend() };
    const wat = [...lopend.verzoeken, ...lopend.taken.map((t) => `taak ${t}`)].join(', ') || 'niets';
    runtime.logger.error(lopend, `Stadspunt stopt ${reden}; afgebroken: ${wat}`);
    // pg-boss hands the cut-off jobs back at the same deadline; give it a moment to do so.
    if (wachtOpJobs) await Promise.race([jobsGestopt, wacht(1000)]);
    process.exit(1);
  }

  async function stop(signaal: NodeJS.Signals): Promise<void> {
    if (jobsGestopt) {
      await breekAf(`bij een tweede signaal (${signaal})`, false);
      return;
    }
    const t0 = performance.now();
    const deadlineMs = deadlineSeconden * 1000;
    runtime.beginStoppen();
    runtime.logger.info(
      { signaal, deadlineSeconden },
      'Stadspunt stopt: geen nieuwe verbindingen en taken meer, het lopende werk wordt afgemaakt',
    );
    const deadline = setTimeout(() => breekAf(`na de deadline van ${deadlineSeconden} s`, true), deadlineMs);
    jobsGestopt = runtime.jobs.stop(deadlineMs);
    await Promise.all([verzoeken.sluit(), jobsGestopt]);
    await runtime.stop();
    clearTimeout(deadline);
    runtime.logger.info({ ms: Math.round(performance.now() - t0) }, 'Stadspunt is gestopt');
    process.exit(0);
  }

  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
