import type { QueryResult } from 'pg';
import { castLiteral, sqlLiteral } from '../sql';

/** A connection inside a transaction. */
export interface ParamQueryable {
  query(sql: string, params?: unknown[]): Promise<QueryResult>;
}

/**
 * The next `{seq}` of a definition's business keys on `day` (`yyyy-MM-dd`, Asia/Shanghai), taken
 * inside the caller's transaction: `liucheng_next_business_key_seq` (migration
 * StartPathFunctions1766900000000, planned once per connection) upserts the day's counter row,
 * which stays locked until COMMIT, so concurrent starts wait in turn and a rolled-back start
 * gives its number back.
 */
export async function nextBusinessKeySeq(q: ParamQueryable, definitionKey: string, day: string): Promise<number> {
  const result = await q.query(
    `SELECT liucheng_next_business_key_seq(${sqlLiteral(definitionKey)}, ${castLiteral(day, 'date')}) AS seq`,
  );
  return (result.rows[0] as { seq: number }).seq;
}
