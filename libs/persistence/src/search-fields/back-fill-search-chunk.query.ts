import type { ParamQueryable } from '../business-keys/next-business-key-seq.query';
import { SEARCH_LOCK_CLASS } from '../migrations/1766800000000-search-fields.migration';

/** Where a back-fill stopped: the last instance done, in the key's list order (newest first). */
export interface BackFillCursor {
  createdAt: string;
  id: string;
}

export interface BackFillChunk {
  instances: number;
  rows: number;
  /** Where the next chunk starts; null when this one was the last and the fields are ready. */
  next: BackFillCursor | null;
}

/**
 * One transaction of a back-fill: the search rows of `fields` for the next `limit` instances of
 * the key after `after` (newest first), then, on the last chunk, the fields marked ready.
 *
 * Every instance is read as last committed by a step that knew the declaration or never will:
 * the chunk takes the key's search lock exclusively (a start holds it shared from reading the
 * declaration until COMMIT, so a start that missed it has committed) and its instances' rows
 * `FOR KEY SHARE` (an event holds its row from the lock read that saw the declaration or not
 * until COMMIT; the chunk reads the row it committed). A row a step already wrote for a new field
 * is that same value (every step since the declaration writes it), hence `DO NOTHING`; the chunk
 * is idempotent, so a back-fill cut short is simply run again.
 */
export async function backFillSearchChunk(
  q: ParamQueryable,
  definitionKey: string,
  fields: readonly string[],
  after: BackFillCursor | null,
  limit: number,
): Promise<BackFillChunk> {
  await q.query(`SELECT pg_advisory_xact_lock(${SEARCH_LOCK_CLASS}, hashtext($1))`, [definitionKey]);
  // Two texts rather than `$3 IS NULL OR …`: an OR would keep the cursor out of the index condition.
  const cursor = after ? `AND (i.created_at, i.id) < ($4::timestamptz, $5::uuid)` : '';
  const result = await q.query(
    `WITH chunk AS (
       SELECT i.id, i.definition_key, i.created_at, i.snapshot FROM instances i
       WHERE i.definition_key = $1 ${cursor}
       ORDER BY i.created_at DESC, i.id DESC LIMIT $3 FOR KEY SHARE),
     filled AS (
       INSERT INTO instance_search_values (instance_id, definition_key, field, num, text)
       SELECT c.id, c.definition_key, f.field, liucheng_search_num(v.j), v.j #>> '{}'
       FROM chunk c JOIN search_fields f ON f.definition_key = c.definition_key AND f.field = ANY($2::text[])
       CROSS JOIN LATERAL (SELECT c.snapshot->'context' #> f.path AS j) v
       WHERE v.j IS NOT NULL
       ON CONFLICT (instance_id, field) DO NOTHING RETURNING 1)
     SELECT (SELECT count(*)::int FROM chunk) AS instances, (SELECT count(*)::int FROM filled) AS rows,
       (SELECT json_build_object('createdAt', c.created_at, 'id', c.id) FROM chunk c
         ORDER BY c.created_at, c.id LIMIT 1) AS last`,
    after ? [definitionKey, fields, limit, after.createdAt, after.id] : [definitionKey, fields, limit],
  );
  const { instances, rows, last } = result.rows[0] as { instances: number; rows: number; last: BackFillCursor | null };
  if (instances === limit && last) return { instances, rows, next: last };
  await q.query(`UPDATE search_fields SET ready = true WHERE definition_key = $1 AND field = ANY($2::text[])`, [
    definitionKey,
    fields,
  ]);
  return { instances, rows, next: null };
}
