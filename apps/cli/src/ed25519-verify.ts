import { createPublicKey, verify } from 'node:crypto';

/** Ed25519 check of a checkpoint signature (base64) by a PEM public key; false for anything malformed. */
export function verifyEd25519(payload: string, signatureBase64: string, publicKeyPem: string): boolean {
  try {
    const key = createPublicKey({ key: publicKeyPem, format: 'pem' });
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, Buffer.from(payload, 'utf8'), key, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}
