// GET /api/definitions/:key (versions with who published when, and the draft) as a react-query hook.
import type { DefinitionDetail } from '@liucheng/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/api-client';

/** Query key of one definition's detail; invalidate it after saving a draft or publishing. */
export const definitionDetailKey = (key: string) => ['definitions', key, 'detail'] as const;

/** GET /api/definitions/:key */
export function useDefinitionDetail(key: string) {
  return useQuery({
    queryKey: definitionDetailKey(key),
    queryFn: ({ signal }) => apiRequest<DefinitionDetail>(`/api/definitions/${encodeURIComponent(key)}`, { signal }),
  });
}
