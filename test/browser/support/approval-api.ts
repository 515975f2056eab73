// Setting up approval scenarios through the API (the browser tests then act in the UI): publish a
// definition as owner, start an instance, decide a task.
import { tokenOf } from './api-calls';
import { baseUrl } from './browser';

const tokens = new Map<string, string>();

async function call<T>(user: string, method: string, path: string, body?: unknown): Promise<T> {
  const token = await cachedToken(user);
  const response = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} as ${user}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

async function cachedToken(user: string): Promise<string> {
  const known = tokens.get(user);
  if (known) return known;
  const accessToken = await tokenOf(user);
  tokens.set(user, accessToken);
  return accessToken;
}

/** Saves and publishes `spec` as `owner`. */
export async function publishDefinition(key: string, spec: Record<string, unknown>): Promise<void> {
  await call('owner', 'PUT', `/api/definitions/${key}/draft`, { spec });
  await call('owner', 'POST', `/api/definitions/${key}/publish`);
}

interface OpenTask {
  id: string;
  assignee: string | null;
  status: string;
}

/** Starts an instance as `user`; returns its id. */
export async function startInstance(
  user: string,
  definitionKey: string,
  input: Record<string, unknown>,
): Promise<string> {
  return (await call<{ id: string }>(user, 'POST', '/api/instances', { definitionKey, input })).id;
}

/** The open task of `user` on the instance (read as admin). */
export async function openTaskOf(instanceId: string, user: string): Promise<string> {
  const instance = await call<{ tasks: OpenTask[] }>('admin', 'GET', `/api/instances/${instanceId}`);
  const task = instance.tasks.find((x) => x.status === 'open' && x.assignee === user);
  if (!task) throw new Error(`no open task of ${user} on ${instanceId}`);
  return task.id;
}

/** Completes `user`'s task on the instance with `outcome`. */
export async function decide(instanceId: string, user: string, outcome: string, comment?: string): Promise<void> {
  const taskId = await openTaskOf(instanceId, user);
  await call(user, 'POST', `/api/tasks/${taskId}/complete`, { outcome, data: comment ? { comment } : {} });
}
