import { readFileSync } from 'node:fs';
import { compile, verifyBundle } from '@liucheng/engine';
import { workflowRegistry } from '@liucheng/workflows';
import { verifyEd25519 } from './ed25519-verify';
import { progressBar } from './progress-bar';
import { readBundle } from './read-bundle';

export interface VerifyArgs {
  file: string;
  publicKey?: string;
  progress: boolean;
}

/** `liucheng verify <bundle.json> [--public-key admin.pub.pem] [--progress]`: 0 when everything holds. */
export function verifyCommand(args: VerifyArgs, out: (line: string) => void): number {
  const bundle = readBundle(args.file);
  if (typeof bundle === 'string') {
    out(`FAIL ${bundle}`);
    return 1;
  }
  let trustedPublicKey: string | undefined;
  try {
    trustedPublicKey = args.publicKey ? readFileSync(args.publicKey, 'utf8') : undefined;
  } catch (error) {
    out(`FAIL cannot read the public key ${args.publicKey}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const result = verifyBundle(bundle, {
    compile: (spec) => compile(spec, workflowRegistry),
    verifySignature: verifyEd25519,
    trustedPublicKey,
    onProgress: args.progress ? progressBar('verifying') : undefined,
  });
  if (!result.ok) {
    const [first, ...rest] = result.failures;
    out(`FAIL ${first.message} [${first.code}]`);
    for (const f of rest.slice(0, 19)) out(`  also: ${f.message} [${f.code}]`);
    if (rest.length > 19) out(`  … and ${rest.length - 19} more`);
    return 1;
  }
  const c = bundle.checkpoint;
  const checkpoint = c
    ? `checkpoint ${c.seq} (${c.at}, ${c.count} instances, root ${c.root}) holds for ${c.proofs.length} proofs; signature: ${result.signature}`
    : 'no checkpoint in the bundle';
  out(
    `OK ${result.instances} instances, ${result.entries} history entries: hashes, links, replayed states and instance rows match; ${checkpoint}`,
  );
  if (result.signature === 'verified-with-embedded-key')
    out(
      'note: the signature was checked with the key inside the bundle; pass --public-key with your own copy to trust it',
    );
  return 0;
}
