// A logged-in API caller for browser tests' setup and checks (what is tested goes through the UI).
import { tokenOf } from './api-calls';
import { baseUrl } from './browser';

export type Api = <T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<T>;

/** Logs `username` in through the API; the caller throws on any non-2xx answer. */
export async function apiAs(username: string): Promise<Api> {
  const accessToken = await tokenOf(username);
  return async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> => {
    // A Buffer is sent as it is (an attachment upload), anything else as JSON.
    const raw = Buffer.isBuffer(body);
    const response = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : raw ? new Uint8Array(body) : JSON.stringify(body),
    });
    const payload = await response.json();
    if (!response.ok) throw new Error(`${method} ${path} -> ${response.status} ${JSON.stringify(payload)}`);
    return payload as T;
  };
}

/** Saves `spec` as the draft of `key` and publishes it as `owner`. */
export async function publishAsOwner(key: string, spec: Record<string, unknown>): Promise<void> {
  const owner = await apiAs('owner');
  await owner('PUT', `/api/definitions/${key}/draft`, { spec });
  await owner('POST', `/api/definitions/${key}/publish`);
}
