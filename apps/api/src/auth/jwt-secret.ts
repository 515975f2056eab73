import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * `LIUCHENG_JWT_SECRET`, else a random secret generated once and stored in the database,
 * so several api processes on one database accept each other's tokens.
 */
export async function resolveJwtSecret(dataSource: DataSource): Promise<string> {
  if (process.env.LIUCHENG_JWT_SECRET) return process.env.LIUCHENG_JWT_SECRET;
  const candidate = randomBytes(32).toString('hex');
  await dataSource.query(
    `INSERT INTO app_settings (key, value) VALUES ('jwt_secret', $1) ON CONFLICT (key) DO NOTHING`,
    [candidate],
  );
  const [row] = (await dataSource.query(`SELECT value FROM app_settings WHERE key = 'jwt_secret'`)) as {
    value: string;
  }[];
  return row.value;
}
