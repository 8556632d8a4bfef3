import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from '../../../scripts/test/postgres-cluster';
import { openPostgres } from '../platform/db/client';
import { migrate } from '../platform/db/migrate';

export const TEMPLATE = 'stadspunt_template';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** One throw-away cluster per run; a migrated template database that each test file copies. */
export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster();
  const admin = await openPostgres(cluster.url, 2);
  await admin.raw.executeSql(`create database ${TEMPLATE}`);
  await admin.close();
  const template = await openPostgres(cluster.url.replace(/\/postgres$/, `/${TEMPLATE}`), 2);
  await migrate(template);
  await template.close();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
