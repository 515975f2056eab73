import type { ParamQueryable } from '../business-keys/next-business-key-seq.query';
import { SEARCH_LOCK_CLASS } from '../migrations/1766800000000-search-fields.migration';

/** What a declaration changed: the fields new to the key and the value rows written for them. */
export interface DeclaredSearchFields {
  added: string[];
  backFilled: number;
}

/**
 * Adds the fields a newly published version declares (`meta.search`) to its key's searchable
 * fields and back-fills their values for every instance of the key, inside the publishing
 * transaction. A field already declared is left as it is (the union only grows).
 *
 * The key's search lock, taken exclusively, waits for the steps of the key writing right now and
 * holds back the next ones until COMMIT: a step reads the declaration under the same lock shared
 * (`liucheng_write_search_values`), so each instance's rows are the back-fill's or a later
 * step's, never those of a step that missed the new field. Events of the key wait while the
 * back-fill runs (bench/README.md, "Search fields", prices it).
 */
export async function declareSearchFields(
  q: ParamQueryable,
  definitionKey: string,
  version: number,
  fields: readonly string[],
): Promise<DeclaredSearchFields> {
  if (fields.length === 0) return { added: [], backFilled: 0 };
  // A declared field stays declared: when every one is there already, nothing waits on the lock.
  const known = await q.query(`SELECT 1 FROM search_fields WHERE definition_key = $1 AND field = ANY($2::text[])`, [
    definitionKey,
    fields,
  ]);
  if (known.rows.length === fields.length) return { added: [], backFilled: 0 };
  await q.query(`SELECT pg_advisory_xact_lock(${SEARCH_LOCK_CLASS}, hashtext($1))`, [definitionKey]);
  const inserted = await q.query(
    `INSERT INTO search_fields (definition_key, field, path, declared_in)
     SELECT $1, f, string_to_array(f, '.'), $2 FROM unnest($3::text[]) f
     ON CONFLICT (definition_key, field) DO NOTHING RETURNING field`,
    [definitionKey, version, fields],
  );
  const added = inserted.rows.map((r: { field: string }) => r.field);
  if (added.length === 0) return { added, backFilled: 0 };
  const filled = await q.query(
    `INSERT INTO instance_search_values (instance_id, definition_key, field, num, text)
     SELECT i.id, i.definition_key, f.field, liucheng_search_num(v.j), v.j #>> '{}'
     FROM search_fields f JOIN instances i ON i.definition_key = f.definition_key
     CROSS JOIN LATERAL (SELECT i.snapshot->'context' #> f.path AS j) v
     WHERE f.definition_key = $1 AND f.field = ANY($2::text[]) AND v.j IS NOT NULL`,
    [definitionKey, added],
  );
  return { added, backFilled: filled.rowCount ?? 0 };
}
