// Users routes and their react-query hooks: the list (admin screens), me, roles, create, update,
// passwords.
import type {
  CreateUserRequest,
  RoleInfo,
  SetPasswordRequest,
  UpdateUserRequest,
  User,
  UserList,
} from '@liucheng/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';

export const userKeys = {
  all: ['users'] as const,
  list: ['users', 'list'] as const,
  me: ['users', 'me'] as const,
  roles: ['roles'] as const,
};

const path = (username: string) => `/api/users/${encodeURIComponent(username)}`;

/** GET /api/users (leaders, auditors, admins); `enabled` false for anyone else. */
export function useUsers(enabled = true) {
  return useQuery({
    queryKey: userKeys.list,
    queryFn: ({ signal }) => apiRequest<UserList>('/api/users', { signal }).then((list) => list.items),
    enabled,
    staleTime: 60_000,
  });
}

/** GET /api/users/me */
export function useMe(enabled = true) {
  return useQuery({
    queryKey: userKeys.me,
    queryFn: ({ signal }) => apiRequest<User>('/api/users/me', { signal }),
    enabled,
    staleTime: 60_000,
  });
}

/** GET /api/roles */
export function useRoles() {
  return useQuery({
    queryKey: userKeys.roles,
    queryFn: ({ signal }) => apiRequest<RoleInfo[]>('/api/roles', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** POST /api/users (admin) */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateUserRequest) => apiRequest<User>('/api/users', { method: 'POST', body: request }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** PATCH /api/users/:username (admin): only the fields sent change. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, request }: { username: string; request: UpdateUserRequest }) =>
      apiRequest<User>(path(username), { method: 'PATCH', body: request }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** POST /api/users/:username/password: an admin resets it, a user changes their own with the current one. */
export function useSetPassword() {
  return useMutation({
    mutationFn: ({ username, request }: { username: string; request: SetPasswordRequest }) =>
      apiRequest<void>(`${path(username)}/password`, { method: 'POST', body: request }),
  });
}
