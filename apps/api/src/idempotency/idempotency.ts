import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { ApiError } from '../common/api-error';
import { rows, type Tx } from '../common/transaction';

/** An `Idempotency-Key` request: the key, scoped to the user and the concrete route. */
export interface IdempotentRequest {
  username: string;
  /** e.g. `POST /api/instances/<id>/events` */
  route: string;
  key: string;
  requestHash: string;
}

/**
 * Hash of the request body that a retry must repeat exactly. The body has passed the input
 * limits (json-body.parser.ts) already; a value canonicalization still refuses is a 400, not a 500.
 */
export function requestHash(body: unknown): string {
  let canonical: string;
  try {
    canonical = canonicalize(body ?? {}) ?? '';
  } catch {
    throw ApiError.badRequest('The body cannot be canonicalized for its Idempotency-Key');
  }
  return createHash('sha256').update(canonical).digest('hex');
}

const MAX_KEY_LENGTH = 200;

/** Validates the header; `undefined` when the client sent none. */
export function idempotentRequest(
  header: string | string[] | undefined,
  username: string,
  route: string,
  body: unknown,
): IdempotentRequest | undefined {
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header[0] : header;
  if (!key || key.length > MAX_KEY_LENGTH)
    throw ApiError.badRequest(`Idempotency-Key must be 1-${MAX_KEY_LENGTH} characters`);
  return { username, route, key, requestHash: requestHash(body) };
}

/**
 * Claims the key inside the caller's transaction. Returns the stored answer when the key was
 * used before with the same body; 422 when with another body. A concurrent first request holds
 * the unique index entry until it commits (its answer is then replayed) or rolls back (then
 * this request proceeds): nothing is applied twice.
 */
export async function claimIdempotencyKey(
  q: Tx,
  request: IdempotentRequest,
  now: Date,
): Promise<{ status: number; body: unknown } | undefined> {
  const inserted = await rows(
    q,
    `INSERT INTO idempotency_keys (username, route, key, request_hash, created_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (username, route, key) DO NOTHING RETURNING 1`,
    [request.username, request.route, request.key, request.requestHash, now.toISOString()],
  );
  if (inserted.length > 0) return undefined;
  const [stored] = await rows<{ request_hash: string; response_status: number | null; response_body: unknown }>(
    q,
    `SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE username = $1 AND route = $2 AND key = $3`,
    [request.username, request.route, request.key],
  );
  if (!stored || stored.response_status === null)
    throw ApiError.conflict('A request with this Idempotency-Key is still in progress');
  if (stored.request_hash !== request.requestHash) {
    throw ApiError.unprocessable('This Idempotency-Key was already used with a different request body', {
      reason: 'idempotency-key-reused',
    });
  }
  return { status: stored.response_status, body: stored.response_body };
}
