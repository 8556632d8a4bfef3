import { loadConfig } from './platform/config';
import { openDatabase } from './platform/db/client';
import { appliedMigrationCount, migrate } from './platform/db/migrate';

const database = await openDatabase(loadConfig());
await migrate(database);
console.log(`Migraties toegepast: ${await appliedMigrationCount(database)}`);
await database.close();
