import { ApiError } from '../common/api-error';

/** Opaque keyset cursor: base64url of `<createdAt ISO>|<id>`. */
export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!createdAt || !id || Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw ApiError.badRequest('cursor is malformed', [{ path: '/cursor', message: 'malformed cursor' }]);
  }
  return { createdAt, id };
}

/**
 * One keyset page from rows fetched with `LIMIT limit + 1` (newest first): the first `limit`
 * rows, and the cursor of the last of them when there was one more.
 */
export function keysetPage<T extends { created_at: Date; id: string }>(
  found: T[],
  limit: number,
): { page: T[]; nextCursor: string | null } {
  const page = found.slice(0, limit);
  const last = page[page.length - 1];
  return { page, nextCursor: found.length > limit && last ? encodeCursor(last.created_at, last.id) : null };
}
