// Direct API calls for what a browser test only needs as a precondition (a started instance, an
// approval by someone else), and for checking what the browser sent.
import { baseUrl } from './browser';
import { DEMO_PASSWORD } from './session';

/** A bearer token of `username`. */
export async function tokenOf(username: string, password = DEMO_PASSWORD): Promise<string> {
  const answer = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!answer.ok) throw new Error(`login ${username}: ${answer.status}`);
  return ((await answer.json()) as { accessToken: string }).accessToken;
}

/** The status of a login attempt (200, 401, …). */
export async function loginStatus(username: string, password: string): Promise<number> {
  const answer = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return answer.status;
}

/** Calls the API as `token`; throws on a non-2xx answer. */
export async function callApi<T>(token: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const answer = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await answer.text();
  if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
