export { MIGRATIONS } from './migrations';
export { openDatabase, dataSourceOptions } from './database/data-source.factory';
export type { Database, DatabaseOptions } from './database/data-source.factory';
export { ListeningClient } from './database/listening-client';
export { startEmbeddedPostgres } from './database/embedded-postgres';
export type { EmbeddedPostgres, EmbeddedPostgresOptions } from './database/embedded-postgres';
export { runMigrationsSafely } from './database/run-migrations';
export { INSTANCE_COLUMNS } from './instances/instance.rows';
export type { InstanceRow } from './instances/instance.rows';
export type { TaskRow } from './tasks/task.rows';
export * from './sql';
export * from './step-commit';
export { nextBusinessKeySeq, type ParamQueryable } from './business-keys/next-business-key-seq.query';
export { readStartContext, startContextSql, type StartContextRow } from './start/start-context.query';
export { declareSearchFields, pendingSearchFields } from './search-fields/declare-search-fields.query';
export {
  backFillSearchChunk,
  type BackFillChunk,
  type BackFillCursor,
} from './search-fields/back-fill-search-chunk.query';
export { SEARCH_TEXT_PREFIX } from './migrations/1766800000000-search-fields.migration';
