import type { DataSource } from 'typeorm';
import { rows } from '../common/transaction';

/**
 * Whether `field` is one of the key's searchable fields (`search_fields`, the union over its
 * published versions) whose back-fill is done (`ready`): then every instance of the key has its rows.
 */
export async function isSearchFieldDeclared(q: DataSource, definitionKey: string, field: string): Promise<boolean> {
  const found = await rows(q, `SELECT 1 FROM search_fields WHERE definition_key = $1 AND field = $2 AND ready`, [
    definitionKey,
    field,
  ]);
  return found.length > 0;
}
