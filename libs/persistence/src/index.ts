export * from './entities';
export { MIGRATIONS } from './migrations';
export { openDatabase, dataSourceOptions } from './database/data-source.factory';
export type { Database, DatabaseOptions } from './database/data-source.factory';
export { startEmbeddedPostgres } from './database/embedded-postgres';
export type { EmbeddedPostgres, EmbeddedPostgresOptions } from './database/embedded-postgres';
export { runMigrationsSafely } from './database/run-migrations';
