import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';

/** An Ed25519 public key from PEM (SPKI), or undefined for anything else. */
export function parseEd25519PublicKey(pem: string): KeyObject | undefined {
  try {
    const key = createPublicKey({ key: pem, format: 'pem' });
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}

/** Lowercase hex SHA-256 of the key's DER (SPKI) bytes: what `openssl pkey -pubin -outform DER | sha256sum` prints. */
export function keyFingerprint(key: KeyObject): string {
  return createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** Whether `signatureBase64` is an Ed25519 signature of the UTF-8 `payload` by `publicKeyPem`. */
export function verifyEd25519(payload: string, signatureBase64: string, publicKeyPem: string): boolean {
  const key = parseEd25519PublicKey(publicKeyPem);
  if (!key || !/^[A-Za-z0-9+/]+={0,2}$/.test(signatureBase64)) return false;
  const signature = Buffer.from(signatureBase64, 'base64');
  if (signature.length !== 64) return false;
  return verify(null, Buffer.from(payload, 'utf8'), key, signature);
}
