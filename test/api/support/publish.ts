import request from 'supertest';
import type { TestApp } from './test-app';

/** Saves `spec` as the draft of `key` and publishes it as `owner`; returns the version. */
export async function publishSpec(t: TestApp, key: string, spec: Record<string, unknown>): Promise<number> {
  const owner = await t.auth('owner');
  const draft = await request(t.http).put(`/api/definitions/${key}/draft`).set(owner).send({ spec });
  if (draft.status !== 200 || !draft.body.validation.ok)
    throw new Error(`draft of ${key} rejected: ${JSON.stringify(draft.body)}`);
  const published = await request(t.http).post(`/api/definitions/${key}/publish`).set(owner);
  if (published.status !== 201) throw new Error(`publish of ${key} failed: ${JSON.stringify(published.body)}`);
  return published.body.version as number;
}

/** A key unique to this test run and file (parallel workers share one database). */
export function uniqueKey(prefix: string): string {
  return `${prefix}-${process.pid}-${Date.now().toString(36)}`;
}
