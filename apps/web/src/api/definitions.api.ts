// Definition catalogue endpoints and their react-query hooks.
import type { DefinitionSummary, DefinitionVersion } from '@liucheng/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';

export const definitionKeys = {
  all: ['definitions'] as const,
  version: (key: string, version: number) => ['definitions', key, 'versions', version] as const,
};

/** GET /api/definitions: the catalogue. */
export function useDefinitions() {
  return useQuery({
    queryKey: definitionKeys.all,
    queryFn: ({ signal }) => apiRequest<DefinitionSummary[]>('/api/definitions', { signal }),
  });
}

/** GET /api/definitions/:key/versions/:version; published versions never change, so it is cached for good. */
export function useDefinitionVersion(key: string | undefined, version: number | null | undefined) {
  return useQuery({
    queryKey: definitionKeys.version(key ?? '', version ?? 0),
    queryFn: ({ signal }) =>
      apiRequest<DefinitionVersion>(
        `/api/definitions/${encodeURIComponent(key ?? '')}/versions/${encodeURIComponent(String(version))}`,
        { signal },
      ),
    enabled: Boolean(key) && typeof version === 'number',
    staleTime: Infinity,
  });
}
