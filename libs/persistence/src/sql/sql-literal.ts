import { quoteLiteral } from './quote-literal';
import { UnstorableValueError } from './unstorable-value.error';

const NUL = '\u0000';

/**
 * A value as an SQL literal: strings escaped as `pg` escapes them, numbers checked finite, arrays as
 * ARRAY[...]. Text with a NUL character is refused (PostgreSQL cannot store it, and a raw NUL
 * would break the wire message).
 */
export function sqlLiteral(value: unknown, column?: string): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') {
    if (value.includes(NUL)) throw new UnstorableValueError(column, '');
    return quoteLiteral(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return `'{}'`;
    return `ARRAY[${value.map((item, i) => withPointer(() => sqlLiteral(item, column), `/${i}`)).join(', ')}]`;
  }
  throw new Error(`no SQL literal for ${typeof value}`);
}

/**
 * A JSON value as a literal for `jsonb` (or `json`, which keeps the text as written: the key
 * order of forms). jsonb refuses `\u0000`; the text is searched natively and only a hit pays
 * for the walk that tells a real NUL from an escaped backslash and finds where it is.
 */
export function jsonLiteral(value: unknown, type: 'jsonb' | 'json' = 'jsonb', column?: string): string {
  const text = JSON.stringify(value ?? null);
  if (text.includes('\\u0000')) {
    const pointer = nulPointer(value, '');
    if (pointer !== undefined) throw new UnstorableValueError(column, pointer);
  }
  return `${quoteLiteral(text)}::${type}`;
}

/** JSON Pointer of the first string or key holding a NUL, or `undefined`. */
export function nulPointer(value: unknown, at: string): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? at : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPointer(value[i], `${at}/${i}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const child = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (key.includes(NUL)) return child;
      const found = nulPointer(item, child);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function withPointer(build: () => string, pointer: string): string {
  try {
    return build();
  } catch (error) {
    if (error instanceof UnstorableValueError) throw new UnstorableValueError(error.column, pointer + error.pointer);
    throw error;
  }
}

/** A literal with a cast (`'…'::uuid`); `column` names the target in a NUL error. */
export function castLiteral(value: unknown, cast: string, column?: string): string {
  return `${sqlLiteral(value, column)}::${cast}`;
}
