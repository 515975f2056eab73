import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { canonicalJson } from '../history/canonical-json';

/** Lowercase hex SHA-256 of the RFC 8785 canonical JSON of a value. */
export function sha256Canonical(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}
