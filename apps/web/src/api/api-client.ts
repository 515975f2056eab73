// A small typed fetch client: JSON in and out, bearer token attached, 401 ends the session.
import { ApiError, NETWORK_ERROR_STATUS, toErrorBody } from './api-error';
import { loadSession, saveSession } from './token-store';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Calls the API and returns its JSON answer; throws ApiError with the server's error body otherwise.
 * @example const defs = await apiRequest<DefinitionSummary[]>('/api/definitions');
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const session = loadSession();
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (session) headers.Authorization = `Bearer ${session.accessToken}`;

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError({ statusCode: NETWORK_ERROR_STATUS, error: 'Network Error', message: String(error) });
  }

  const payload = await readJson(response);
  if (response.ok) return payload as T;
  // A stale or forged token: drop the session so the router sends the user to the login page.
  if (response.status === 401 && session) saveSession(null);
  throw new ApiError(toErrorBody(response.status, response.statusText, payload));
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
