import type { BundleManifest, EvidenceBundle } from './bundle.types';
import { sha256Canonical } from './sha256-hex';

/** The bundle's content checksum: everything except the manifest and its checksum. */
export function bundleContentSha256(bundle: Omit<EvidenceBundle, 'manifest' | 'manifestSha256'>): string {
  const { manifest: _m, manifestSha256: _s, ...content } = bundle as EvidenceBundle;
  return sha256Canonical(content);
}

/** Seals a bundle: counts, content checksum, and the manifest's own checksum. */
export function sealBundle(content: Omit<EvidenceBundle, 'manifest' | 'manifestSha256'>): EvidenceBundle {
  const manifest: BundleManifest = {
    instanceCount: content.instances.length,
    entryCount: content.instances.reduce((n, i) => n + i.history.length, 0),
    definitionCount: content.definitions.length,
    contentSha256: bundleContentSha256(content),
  };
  return { ...content, manifest, manifestSha256: sha256Canonical(manifest) };
}
