import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SigningKey, SigningKeyList } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { rows } from '../common/transaction';
import { keyFingerprint, parseEd25519PublicKey } from './ed25519';

interface KeyRow {
  id: string;
  label: string;
  public_key: string;
  fingerprint: string;
  created_by: string;
  created_at: Date;
}

/** The admins' Ed25519 public keys; the private keys never reach the server. */
@Injectable()
export class SigningKeysService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(): Promise<SigningKeyList> {
    const found = await rows<KeyRow>(this.dataSource, `SELECT * FROM audit_signing_keys ORDER BY created_at, id`);
    return { items: found.map(toKey) };
  }

  async add(publicKey: string, label: string, user: AuthenticatedUser): Promise<SigningKey> {
    const key = parseEd25519PublicKey(publicKey);
    if (!key)
      throw ApiError.unprocessable('publicKey must be an Ed25519 public key in PEM (SPKI)', {
        code: 'bad-public-key',
        errors: [{ path: '/publicKey', message: 'not an Ed25519 public key in PEM', code: 'bad-public-key' }],
      });
    const fingerprint = keyFingerprint(key);
    const pem = key.export({ type: 'spki', format: 'pem' }).toString();
    const [row] = await rows<KeyRow>(
      this.dataSource,
      `INSERT INTO audit_signing_keys (id, label, public_key, fingerprint, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (fingerprint) DO NOTHING RETURNING *`,
      [randomUUID(), label, pem, fingerprint, user.username, this.clock().toISOString()],
    );
    if (!row)
      throw ApiError.conflict(`The key ${fingerprint} is already registered`, {
        code: 'signing-key-exists',
        errors: [{ path: '/publicKey', message: 'already registered', code: 'signing-key-exists' }],
      });
    return toKey(row);
  }
}

function toKey(row: KeyRow): SigningKey {
  return {
    id: row.id,
    label: row.label,
    fingerprint: row.fingerprint,
    publicKey: row.public_key,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}
