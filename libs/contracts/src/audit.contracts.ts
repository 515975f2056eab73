// Audit evidence: checkpoints, signing keys, verification runs and incidents (docs/http-api.md "Audit evidence").

export interface CheckpointSignature {
  keyId: string;
  fingerprint: string;
  /** base64 Ed25519 signature of `signingPayload`. */
  signature: string;
  signedBy: string;
  signedAt: string;
}

export interface Checkpoint {
  seq: number;
  at: string;
  count: number;
  root: string;
  prevHash: string;
  hash: string;
  /** The exact text to sign (canonical JSON). */
  signingPayload: string;
  signature: CheckpointSignature | null;
  /** When the retention dropped this (old, unsigned) checkpoint's leaves; `null` while it keeps them. */
  leavesPrunedAt: string | null;
}

export interface CheckpointPage {
  items: Checkpoint[];
  nextCursor: string | null;
}

export type CheckpointFailureCodeContract =
  'root' | 'chain' | 'signature' | 'instance-missing' | 'entry-missing' | 'entry-changed';

export interface CheckpointVerificationResponse {
  ok: boolean;
  checkpointSeq: number;
  /** Leaves checked against the histories (0 when they were pruned: only the chain and signature are checked). */
  checked: number;
  /** Set when the retention dropped the leaves: verify the latest checkpoint to detect deletions. */
  leavesPrunedAt?: string;
  failures: Array<{ code: CheckpointFailureCodeContract; instanceId?: string; seq?: number; message: string }>;
}

export interface SigningKey {
  id: string;
  label: string;
  /** Lowercase hex SHA-256 of the key's DER (SPKI) bytes. */
  fingerprint: string;
  publicKey: string;
  createdBy: string;
  createdAt: string;
}

export interface SigningKeyList {
  items: SigningKey[];
}

export interface VerificationRun {
  id: string;
  startedAt: string;
  finishedAt: string;
  /** Instances changed at or after this time were verified; null on the first run (all). */
  since: string | null;
  instancesChecked: number;
  checkpointSeq: number | null;
  failures: number;
}

export interface VerificationRunList {
  items: VerificationRun[];
}

export interface AuditIncident {
  id: string;
  runId: string;
  kind: 'history' | 'checkpoint';
  /** A history code (`gap`, `prev-hash`, `hash`, `state`, `instance-row`) or a checkpoint one. */
  code: string;
  instanceId: string | null;
  seq: number | null;
  message: string;
  detectedAt: string;
}

export interface AuditIncidentPage {
  items: AuditIncident[];
  nextCursor: string | null;
}
