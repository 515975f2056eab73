import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** Lowercase hex SHA-256 of the RFC 8785 canonical JSON of a value. */
export function sha256Canonical(value: unknown): string {
  return createHash('sha256')
    .update(canonicalize(value) ?? 'null')
    .digest('hex');
}
