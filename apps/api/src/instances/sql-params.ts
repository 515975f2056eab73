import { escapeLiteral } from 'pg';

/** A value as an SQL literal: strings escaped by `pg`, numbers checked finite, arrays as ARRAY[...]. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return escapeLiteral(value);
  if (Array.isArray(value)) return value.length > 0 ? `ARRAY[${value.map(sqlLiteral).join(', ')}]` : `'{}'`;
  throw new Error(`no SQL literal for ${typeof value}`);
}

/**
 * Builds the values of a statement assembled from fragments as escaped literals, so the
 * statement can travel in the same round trip as COMMIT (the simple protocol takes no parameters).
 */
export class SqlParams {
  /** The value as a literal, optionally cast (`'…'::uuid`). */
  add(value: unknown, cast?: string): string {
    const literal = sqlLiteral(value);
    return cast ? `${literal}::${cast}` : literal;
  }

  /** Kept for fragments that mention a value several times; literals need no typing. */
  lazy(value: unknown, cast?: string): () => string {
    const literal = this.add(value, cast);
    return () => literal;
  }

  /** JSON values go to `jsonb` as text; `json` keeps the text as written (key order of forms). */
  json(value: unknown, type: 'jsonb' | 'json' = 'jsonb'): string {
    return this.add(JSON.stringify(value ?? null), type);
  }
}
