import { defineConfig } from 'vitest/config';

const api = ['src/**/*.api.test.ts'];
const serverBouw = 'src/server/testing/server-bouw-setup.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [...api, 'src/**/*.browser.test.ts'],
        },
      },
      {
        test: {
          name: 'api-pglite',
          include: api,
          env: { STADSPUNT_TEST_DB: 'pglite' },
          globalSetup: [serverBouw],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'api-postgres',
          include: api,
          env: { STADSPUNT_TEST_DB: 'postgres' },
          globalSetup: [serverBouw, 'src/server/testing/postgres-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          expect: { poll: { timeout: 5_000 } },
          globalSetup: ['src/server/testing/browser-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
