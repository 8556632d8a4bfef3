import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startPostgresCluster } from './postgres-cluster';

describe('throw-away PostgreSQL cluster', () => {
  it('starts on a free loopback port, serves queries and is gone after stop', async () => {
    const cluster = await startPostgresCluster();
    const client = new pg.Client(cluster.url);
    await client.connect();
    const { rows } = await client.query('select version()');
    expect(rows[0].version).toMatch(/^PostgreSQL 1[5-9]/);
    await client.end();
    await cluster.stop();
    const weg = new pg.Client({ connectionString: cluster.url, connectionTimeoutMillis: 2000 });
    await expect(weg.connect()).rejects.toThrow();
  }, 60_000);
});
