// Who is who, for display names and user pickers. `GET /api/directory` (every signed-in user,
// active users' names) when the server has it; on a server without it (404), those who may read
// the user list get it from `GET /api/users`, and everyone else sees usernames. The signed-in
// user is always in it (`GET /api/users/me`, which also gives deactivated users' own names).
import type { User, UserList } from '@liucheng/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { useSession } from '../auth/session-context';
import { directoryItems, type DirectoryEntry } from './directory';
import { mayReadUsers } from './role-home';

export const DIRECTORY_PATH = '/api/directory';

async function loadOthers(roles: readonly string[], signal: AbortSignal): Promise<DirectoryEntry[]> {
  try {
    const items = directoryItems(await apiRequest<unknown>(DIRECTORY_PATH, { signal }));
    if (items) return items;
  } catch (error) {
    // Not deployed yet (404) or not for this user: fall back below; anything else is real.
    if (!(error instanceof ApiError) || ![403, 404].includes(error.body.statusCode)) throw error;
  }
  if (!mayReadUsers(roles)) return [];
  return (await apiRequest<UserList>('/api/users', { signal })).items;
}

/** Everyone this user may see, and always the user themself (`GET /api/users/me`). */
async function loadDirectory(roles: readonly string[], signal: AbortSignal): Promise<DirectoryEntry[]> {
  const [others, me] = await Promise.all([loadOthers(roles, signal), apiRequest<User>('/api/users/me', { signal })]);
  return others.some((entry) => entry.username === me.username) ? others : [me, ...others];
}

/** The directory for the signed-in user (empty when none may be read). */
export function useDirectory() {
  const { session } = useSession();
  const roles = session?.user.roles ?? [];
  return useQuery({
    // Not ['directory', …]: that prefix is api/directory.api.ts' search cache (another shape).
    queryKey: ['display-names', session?.user.username ?? ''],
    queryFn: ({ signal }) => loadDirectory(roles, signal),
    enabled: Boolean(session),
    staleTime: 5 * 60_000,
  });
}
