import type { QueryResult } from 'pg';

/** A connection inside a transaction that takes bound parameters. */
export interface ParamQueryable {
  query(sql: string, params?: unknown[]): Promise<QueryResult>;
}

/**
 * The next `{seq}` of a definition's business keys on `day` (`yyyy-MM-dd`, Asia/Shanghai), taken
 * inside the caller's transaction: the upsert locks the counter row until COMMIT, so concurrent
 * starts wait in turn and a rolled-back start gives its number back.
 */
export async function nextBusinessKeySeq(q: ParamQueryable, definitionKey: string, day: string): Promise<number> {
  const result = await q.query(
    `INSERT INTO business_key_counters (definition_key, day, seq) VALUES ($1, $2::date, 1)
     ON CONFLICT (definition_key, day) DO UPDATE SET seq = business_key_counters.seq + 1
     RETURNING seq`,
    [definitionKey, day],
  );
  return (result.rows[0] as { seq: number }).seq;
}
