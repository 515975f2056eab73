// The registry the pickers offer (GET /api/registry) and the roles (GET /api/roles); both fall back to
// what the browser knows (the workflow registry: standard + domain, the canonical role list) when unavailable.
import { CANONICAL_ROLES } from '@liucheng/contracts';
import type { RegistryDescription } from '@liucheng/engine';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/api-client';
import { browserRegistry } from '../../graph/registry-info';

/** GET /api/registry, else the browser's copy. */
export function useRegistryDescription(): RegistryDescription {
  const query = useQuery({
    queryKey: ['registry'],
    queryFn: ({ signal }) => apiRequest<RegistryDescription>('/api/registry', { signal }),
    staleTime: Infinity,
    retry: false,
  });
  return query.data ?? browserRegistry;
}

/** GET /api/roles (names), else the canonical list. */
export function useRoleNames(): string[] {
  const query = useQuery({
    queryKey: ['roles'],
    queryFn: ({ signal }) => apiRequest<Array<string | { name: string }>>('/api/roles', { signal }),
    staleTime: Infinity,
    retry: false,
  });
  const names = query.data?.map((r) => (typeof r === 'string' ? r : r.name)).filter(Boolean);
  return names && names.length > 0 ? names : [...CANONICAL_ROLES];
}
