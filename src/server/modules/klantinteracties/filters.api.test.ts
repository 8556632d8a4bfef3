import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestOmgeving, testOmgeving } from '../../testing/harness';
import { lijstParameters, type StandaardClient, standaardClient } from './contract';
import { BASIS, bronnen } from './routes';

let env: TestOmgeving;
let kiss: StandaardClient;

beforeAll(async () => {
  env = await testOmgeving();
  kiss = await standaardClient(env);
});
afterAll(() => env?.stop());

type Parameter = (typeof lijstParameters)[number]['parameters'][number];

/** A value of the parameter's type, as a client would send it. */
function waarde({ schema }: Parameter): string {
  if (schema.enum) return schema.enum[0];
  if (schema.type === 'boolean') return 'true';
  if (schema.type === 'integer') return '1';
  if (schema.format === 'uuid') return randomUUID();
  if (schema.format === 'uri') return `http://localhost:8080${BASIS}/partijen/${randomUUID()}`;
  if (schema.format === 'date') return '2026-01-01';
  if (schema.format === 'date-time') return '2026-01-01T10:00:00Z';
  return '999993653';
}

const PAGINERING = new Set(['page', 'pageSize', 'expand']);

describe('every filter and expand of the spec', () => {
  for (const { pad, parameters } of lijstParameters) {
    it(`${pad}: each filter gives a valid page, and a malformed uuid or date gives 400 naming it`, async () => {
      const bron = bronnen.find((b) => `/${b.pad}` === pad);
      for (const p of parameters.filter((p) => !PAGINERING.has(p.name))) {
        expect(bron?.filters[p.name], `filter ${pad}?${p.name}`).toBeDefined();
        const res = await kiss.get(`${pad}?${p.name}=${encodeURIComponent(waarde(p))}`);
        expect(res.status, `${pad}?${p.name}`).toBe(200);
        if (['uuid', 'date', 'date-time', 'uri'].includes(p.schema.format ?? '')) {
          const fout = await kiss.get(`${pad}?${p.name}=fout`);
          expect(
            fout.body.invalidParams?.map((i: { name: string }) => i.name),
            `${pad}?${p.name}=fout`,
          ).toEqual([p.name]);
        }
      }
    });

    const expand = parameters.find((p) => p.name === 'expand')?.schema.items?.enum ?? [];
    if (expand.length)
      it(`${pad}: expands ${expand.join(', ')} together`, async () => {
        const res = await kiss.get(`${pad}?pageSize=3&expand=${expand.join(',')}`);
        expect(res.status).toBe(200);
        for (const r of res.body.results)
          expect(Object.keys(r._expand).sort()).toEqual(
            [...new Set(expand.map((e) => e.split('.')[0]))].sort(),
          );
      });
  }
});
