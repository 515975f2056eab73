import type { WorkflowSpec } from '../definition/definition.types';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import { verifyHistory } from '../history/verify-history';
import { historyVersions } from '../runtime/history-versions';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './bundle.types';
import type {
  BundleCheckpoint,
  BundleFailure,
  BundleInstance,
  BundleVerification,
  EvidenceBundle,
} from './bundle.types';
import { bundleContentSha256 } from './bundle-checksum';
import { checkpointHash, checkpointSigningPayload } from './checkpoint';
import { verifyAuditPath } from './merkle';
import { sha256Canonical } from './sha256-hex';

/** How long before a checkpoint an instance must have started to be required in it. */
export const CHECKPOINT_GRACE_MS = 60_000;

export interface VerifyBundleOptions {
  /** Compiles a definition version with the registry its workflows need. */
  compile: (spec: WorkflowSpec) => CompiledWorkflow;
  /** Ed25519 check (the engine imports no crypto of the platform); without it signatures are not checked. */
  verifySignature?: (payload: string, signatureBase64: string, publicKeyPem: string) => boolean;
  /** The admin's public key (PEM) as the verifier keeps it; otherwise the bundle's own copy is used. */
  trustedPublicKey?: string;
  /** Called after each instance (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Verifies an evidence bundle with nothing but its own contents: the manifest and content
 * checksums, each definition's checksum, each instance's hash chain and replay (the engine's
 * `verifyHistory`), and the checkpoint — its hash, its signature, and for every proof the Merkle
 * path to its root and that the history still holds the entry the checkpoint saw.
 */
export function verifyBundle(bundle: EvidenceBundle, options: VerifyBundleOptions): BundleVerification {
  const failures: BundleFailure[] = [];
  const result = (signature: BundleVerification['signature']): BundleVerification => ({
    ok: failures.length === 0,
    instances: Array.isArray(bundle?.instances) ? bundle.instances.length : 0,
    entries: Array.isArray(bundle?.instances) ? bundle.instances.reduce((n, i) => n + (i.history?.length ?? 0), 0) : 0,
    signature: failures.some((f) => f.code === 'checkpoint-signature') ? 'failed' : signature,
    failures,
  });
  if (bundle?.format !== BUNDLE_FORMAT || bundle.version !== BUNDLE_VERSION || !Array.isArray(bundle.instances)) {
    failures.push({ code: 'format', message: `not a ${BUNDLE_FORMAT} version ${BUNDLE_VERSION}` });
    return result('no-checkpoint');
  }
  try {
    checkSeal(bundle, failures);
  } catch (error) {
    failures.push({ code: 'format', message: `the bundle is malformed: ${String(error)}` });
    return result('no-checkpoint');
  }
  const compiled = compileDefinitions(bundle, options, failures);
  bundle.instances.forEach((instance, i) => {
    try {
      checkInstance(instance, compiled, failures);
    } catch (error) {
      // A hand-edited file may break the shape itself: say so instead of crashing.
      failures.push({
        code: 'format',
        instanceId: instance?.id,
        message: `instance ${instance?.id} is malformed: ${String(error)}`,
      });
    }
    options.onProgress?.(i + 1, bundle.instances.length);
  });
  if (!bundle.checkpoint) return result('no-checkpoint');
  try {
    const signature = checkSignature(bundle.checkpoint, options, failures);
    checkCheckpoint(bundle.checkpoint, bundle.instances, failures);
    return result(signature);
  } catch (error) {
    failures.push({ code: 'format', message: `the checkpoint is malformed: ${String(error)}` });
    return result('failed');
  }
}

function checkSeal(bundle: EvidenceBundle, failures: BundleFailure[]): void {
  const m = bundle.manifest;
  if (!m || sha256Canonical(m) !== bundle.manifestSha256)
    failures.push({ code: 'manifest', message: 'manifestSha256 does not match the manifest' });
  if (m && bundleContentSha256(bundle) !== m.contentSha256)
    failures.push({ code: 'content', message: 'the bundle contents do not match manifest.contentSha256' });
  const entries = bundle.instances.reduce((n, i) => n + i.history.length, 0);
  if (m && (m.instanceCount !== bundle.instances.length || m.entryCount !== entries))
    failures.push({
      code: 'manifest',
      message: `the manifest counts ${m.instanceCount} instances and ${m.entryCount} entries, the bundle holds ${bundle.instances.length} and ${entries}`,
    });
}

function compileDefinitions(
  bundle: EvidenceBundle,
  options: VerifyBundleOptions,
  failures: BundleFailure[],
): Map<string, CompiledWorkflow> {
  const out = new Map<string, CompiledWorkflow>();
  for (const d of bundle.definitions ?? []) {
    const id = `${d.key}@${d.version}`;
    if (sha256Canonical(d.spec) !== d.checksum) {
      failures.push({ code: 'definition', message: `definition ${id} does not match its checksum` });
      continue;
    }
    try {
      out.set(id, options.compile(d.spec));
    } catch (error) {
      failures.push({ code: 'definition', message: `definition ${id} does not compile: ${String(error)}` });
    }
  }
  return out;
}

function checkInstance(
  instance: BundleInstance,
  compiled: Map<string, CompiledWorkflow>,
  failures: BundleFailure[],
): void {
  // A migrated instance started on an earlier version: every version it ran on must be bundled.
  const ran = historyVersions(instance.history, instance.version);
  const missing = [...new Set([...ran, instance.version])].filter(
    (v) => !compiled.has(`${instance.definitionKey}@${v}`),
  );
  if (missing.length > 0) {
    const names = missing.map((v) => `${instance.definitionKey}@${v}`).join(', ');
    failures.push({
      code: 'definition',
      instanceId: instance.id,
      message: `instance ${instance.id}: definition ${names} is not in the bundle`,
    });
    return;
  }
  const definition = compiled.get(`${instance.definitionKey}@${ran[0]}`)!;
  const versions = (v: number) => compiled.get(`${instance.definitionKey}@${v}`);
  // The instance id is part of every entry's hash: entries copied from another instance fail.
  const entries = instance.history.map((e) => ({ ...e, instanceId: instance.id }));
  const verdict = verifyHistory(
    definition,
    entries,
    {
      seq: instance.seq,
      state: instance.state,
      context: instance.context,
      status: instance.status,
      lastHash: instance.lastHash,
    },
    { versions },
  );
  const f = verdict.firstFailure;
  if (f)
    failures.push({
      code: f.reason,
      instanceId: instance.id,
      seq: f.seq,
      message: `instance ${instance.id}, seq ${f.seq}: ${f.reason}: ${f.message}`,
    });
}

function checkSignature(
  checkpoint: BundleCheckpoint,
  options: VerifyBundleOptions,
  failures: BundleFailure[],
): BundleVerification['signature'] {
  const key = options.trustedPublicKey ?? checkpoint.publicKey;
  if (!checkpoint.signature) {
    if (options.trustedPublicKey)
      failures.push({ code: 'checkpoint-signature', message: `checkpoint ${checkpoint.seq} is not signed` });
    return 'unsigned';
  }
  if (!options.verifySignature || !key) return 'unsigned';
  let valid = false;
  try {
    valid = options.verifySignature(checkpointSigningPayload(checkpoint), checkpoint.signature.signature, key);
  } catch {
    valid = false;
  }
  if (!valid) {
    const whose = options.trustedPublicKey ? 'the trusted public key' : 'the public key in the bundle';
    failures.push({
      code: 'checkpoint-signature',
      message: `checkpoint ${checkpoint.seq}'s signature does not verify with ${whose}`,
    });
  }
  return options.trustedPublicKey ? 'verified' : 'verified-with-embedded-key';
}

function checkCheckpoint(checkpoint: BundleCheckpoint, instances: BundleInstance[], failures: BundleFailure[]): void {
  const n = checkpoint.seq;
  if (checkpointHash(checkpoint) !== checkpoint.hash) {
    failures.push({ code: 'checkpoint-hash', message: `checkpoint ${n}'s hash does not match its contents` });
    return;
  }
  const byId = new Map(instances.map((i) => [i.id, i]));
  const proven = new Set<string>();
  for (const proof of checkpoint.proofs ?? []) {
    const { leaf } = proof;
    const id = leaf.instanceId;
    if (
      proof.instanceId !== id ||
      !verifyAuditPath(leaf, proof.leafIndex, checkpoint.count, proof.auditPath, checkpoint.root)
    ) {
      failures.push({
        code: 'checkpoint-proof',
        instanceId: proof.instanceId,
        message: `instance ${proof.instanceId}: its Merkle proof does not lead to checkpoint ${n}'s root`,
      });
      continue;
    }
    proven.add(id);
    const instance = byId.get(id);
    const saw = `checkpoint ${n} saw instance ${id} at seq ${leaf.seq}`;
    if (!instance) {
      failures.push({
        code: 'instance-missing',
        instanceId: id,
        seq: leaf.seq,
        message: `${saw}; the bundle does not hold it (deleted?)`,
      });
      continue;
    }
    const entry = instance.history.find((e) => e.seq === leaf.seq);
    if (!entry)
      failures.push({
        code: 'entry-missing',
        instanceId: id,
        seq: leaf.seq,
        message: `${saw}; its history ends at seq ${instance.history.length} (truncated?)`,
      });
    else if (entry.hash !== leaf.hash)
      failures.push({
        code: 'entry-changed',
        instanceId: id,
        seq: leaf.seq,
        message: `${saw} with another hash than entry ${leaf.seq} has now`,
      });
  }
  // The start entry's time is hashed: an instance started well before the checkpoint must be in
  // it (the grace covers a start still committing while the checkpoint read the instances).
  const seenBefore = Date.parse(checkpoint.at) - CHECKPOINT_GRACE_MS;
  for (const instance of instances) {
    const started = instance.history[0]?.at;
    if (started && Date.parse(started) <= seenBefore && !proven.has(instance.id))
      failures.push({
        code: 'checkpoint-proof',
        instanceId: instance.id,
        message: `instance ${instance.id} started before checkpoint ${n} but the bundle has no proof that the checkpoint saw it`,
      });
  }
}
