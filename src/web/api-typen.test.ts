import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { apiTypen, doel } from '../../scripts/api-typen';

test('de typen van de web-app zijn wat het OpenAPI-document van de server nu zegt', async () => {
  const verwacht = await apiTypen();
  expect(readFileSync(doel, 'utf8'), 'src/web/api-typen.ts loopt achter: npm run api:typen').toBe(verwacht);
}, 30_000);
