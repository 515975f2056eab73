import type { ParamQueryable } from '../business-keys/next-business-key-seq.query';

/**
 * Adds the fields a newly published version declares (`meta.search`) to its key's searchable
 * fields, inside the publishing transaction, as pending: the search reads them once
 * `backFillSearchChunk` has filled every instance of the key (after COMMIT). A field already
 * declared is left as it is (the union only grows). Returns the fields added.
 *
 * No lock is needed here: from COMMIT on, every step of the key writes the new fields too, and a
 * step that read the old declaration holds what the back-fill waits for (an event its instance's
 * row, a start the key's search lock), so the back-fill reads what that step committed.
 */
export async function declareSearchFields(
  q: ParamQueryable,
  definitionKey: string,
  version: number,
  fields: readonly string[],
): Promise<string[]> {
  if (fields.length === 0) return [];
  const inserted = await q.query(
    `INSERT INTO search_fields (definition_key, field, path, declared_in)
     SELECT $1, f, string_to_array(f, '.'), $2 FROM unnest($3::text[]) f
     ON CONFLICT (definition_key, field) DO NOTHING RETURNING field`,
    [definitionKey, version, fields],
  );
  return inserted.rows.map((r: { field: string }) => r.field);
}

/** The key's fields still waiting for their back-fill. */
export async function pendingSearchFields(q: ParamQueryable, definitionKey?: string): Promise<Map<string, string[]>> {
  const found = await q.query(
    `SELECT definition_key, array_agg(field ORDER BY field) AS fields FROM search_fields
     WHERE NOT ready AND ($1::text IS NULL OR definition_key = $1) GROUP BY definition_key`,
    [definitionKey ?? null],
  );
  return new Map(found.rows.map((r: { definition_key: string; fields: string[] }) => [r.definition_key, r.fields]));
}
