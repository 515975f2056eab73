import type { JsonObject, WorkflowSpec } from '../definition/definition.types';
import type { StoredEntry } from '../history/history.types';
import type { StateValue } from '../runtime/runtime.types';
import type { CheckpointProof, CheckpointRecord } from './checkpoint.types';

export const BUNDLE_FORMAT = 'liucheng-evidence-bundle';
export const BUNDLE_VERSION = 1;

export interface BundleDefinition {
  key: string;
  version: number;
  /** SHA-256 of the canonical JSON of `spec`. */
  checksum: string;
  spec: WorkflowSpec;
}

export interface BundleAttachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  /** The history entry whose data bound it. */
  seq: number;
}

export interface BundleInstance {
  id: string;
  definitionKey: string;
  version: number;
  businessKey: string | null;
  status: string;
  startedBy: string;
  createdAt: string;
  updatedAt: string;
  seq: number;
  lastHash: string;
  state: StateValue;
  context: JsonObject;
  history: StoredEntry[];
  attachments: BundleAttachment[];
}

export interface BundleSignature {
  keyId: string;
  fingerprint: string;
  /** base64 Ed25519 signature of the checkpoint's signing payload. */
  signature: string;
  signedBy: string;
  signedAt: string;
}

export interface BundleCheckpoint extends CheckpointRecord {
  signature: BundleSignature | null;
  /** The signing key's public key (PEM), for convenience; trust comes from the admin's own copy. */
  publicKey?: string;
  proofs: CheckpointProof[];
}

export interface BundleManifest {
  instanceCount: number;
  entryCount: number;
  definitionCount: number;
  /** SHA-256 of the canonical JSON of the bundle without `manifest` and `manifestSha256`. */
  contentSha256: string;
}

export interface EvidenceBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  createdAt: string;
  createdBy: string;
  filter: JsonObject;
  definitions: BundleDefinition[];
  instances: BundleInstance[];
  checkpoint: BundleCheckpoint | null;
  manifest: BundleManifest;
  manifestSha256: string;
}

export const BUNDLE_FAILURE_CODES = [
  'format',
  'manifest',
  'content',
  'definition',
  'gap',
  'prev-hash',
  'hash',
  'state',
  'instance-row',
  'checkpoint-hash',
  'checkpoint-proof',
  'checkpoint-signature',
  'instance-missing',
  'entry-missing',
  'entry-changed',
] as const;
export type BundleFailureCode = (typeof BUNDLE_FAILURE_CODES)[number];

export interface BundleFailure {
  code: BundleFailureCode;
  instanceId?: string;
  seq?: number;
  message: string;
}

export interface BundleVerification {
  ok: boolean;
  instances: number;
  entries: number;
  /** Whether the checkpoint's signature was checked against a key the verifier trusts. */
  signature: 'verified' | 'verified-with-embedded-key' | 'unsigned' | 'no-checkpoint' | 'failed';
  failures: BundleFailure[];
}
