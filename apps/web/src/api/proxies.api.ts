// A user's proxies (代理): list, name one for a range, cancel.
import type { CreateUserProxyRequest, UserProxy, UserProxyList } from '@liucheng/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';

export const proxyKeys = { of: (username: string) => ['proxies', username] as const };

const path = (username: string) => `/api/users/${encodeURIComponent(username)}/proxies`;

/** GET /api/users/:username/proxies (the user, admins, auditors) */
export function useUserProxies(username: string) {
  return useQuery({
    queryKey: proxyKeys.of(username),
    queryFn: ({ signal }) => apiRequest<UserProxyList>(path(username), { signal }).then((list) => list.items),
  });
}

/** POST /api/users/:username/proxies */
export function useCreateProxy(username: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateUserProxyRequest) =>
      apiRequest<UserProxy>(path(username), { method: 'POST', body: request }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: proxyKeys.of(username) }),
  });
}

/** DELETE /api/users/:username/proxies/:id */
export function useCancelProxy(username: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<UserProxy>(`${path(username)}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: proxyKeys.of(username) }),
  });
}
