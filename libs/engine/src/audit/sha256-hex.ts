import { sha256Text } from '../support/sha256-text';
import { canonicalJson } from '../history/canonical-json';

/** Lowercase hex SHA-256 of the RFC 8785 canonical JSON of a value. */
export function sha256Canonical(value: unknown): string {
  return sha256Text(canonicalJson(value));
}
