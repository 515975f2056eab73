// The catalogue filtered to what I may start: published definitions whose latest version's
// starterRoles include one of my roles (or list none). The versions share the definitions cache.
import type { DefinitionSummary, DefinitionVersion } from '@liucheng/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client';
import { definitionKeys } from '../api/definitions.api';
import { useSession } from '../auth/session-context';
import { mayStart, starterRoles } from './starter-roles';

export function useStartableDefinitions() {
  const queryClient = useQueryClient();
  const { session } = useSession();
  const roles = session?.user.roles ?? [];
  return useQuery({
    queryKey: [...definitionKeys.all, 'startable', ...roles],
    queryFn: async ({ signal }) => {
      const all = await queryClient.fetchQuery({
        queryKey: definitionKeys.all,
        queryFn: () => apiRequest<DefinitionSummary[]>('/api/definitions', { signal }),
      });
      const published = all.filter((definition) => definition.latestVersion !== null);
      const specs = await Promise.all(
        published.map((definition) =>
          queryClient.fetchQuery({
            queryKey: definitionKeys.version(definition.key, definition.latestVersion ?? 0),
            queryFn: () =>
              apiRequest<DefinitionVersion>(
                `/api/definitions/${encodeURIComponent(definition.key)}/versions/${definition.latestVersion}`,
                { signal },
              ),
            staleTime: Infinity,
          }),
        ),
      );
      return published.filter((_, index) => mayStart(starterRoles(specs[index].spec), roles));
    },
  });
}
