// Audit evidence answers and incident codes, en (same keys as audit-codes.zh-CN.ts).
import type { auditCodesZhCN } from './audit-codes.zh-CN';

export const auditCodesEn: Record<keyof typeof auditCodesZhCN, string> = {
  'no-checkpoint': 'No checkpoint has been taken yet',
  'bad-public-key': 'The public key must be an Ed25519 public key in PEM',
  'bad-signature': 'The signature does not verify with this public key',
  'unknown-signing-key': 'This signing key is not registered',
  'signing-key-exists': 'This public key is already registered',
  'checkpoint-leaves-pruned': 'This checkpoint no longer keeps its leaves (retention); choose a later one',
  'ledger-range-reversed': 'The end day must not be before the start day',
  'ledger-heads-no-department': 'You head no department, so there is no department ledger for you',
  'invalid-version': 'The version must be a positive whole number',
  'bundle-too-large': 'The search finds too many instances; narrow it before exporting',
  root: "The checkpoint's leaves do not give its Merkle root",
  chain: 'The checkpoint chain is broken or was changed',
  signature: "The checkpoint's signature does not verify",
  'instance-missing': 'An instance the checkpoint saw no longer exists (deleted)',
  'entry-missing': 'A history entry the checkpoint saw no longer exists (tail truncated)',
  'entry-changed': 'A history entry the checkpoint saw was rewritten',
};
