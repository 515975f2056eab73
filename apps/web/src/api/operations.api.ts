// Admin operations that stay in the record (move to state, version migration) and their hooks.
import type { Instance, MigrationReport, MigrationRequest } from '@liucheng/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { instanceKeys } from './instances.api';

/** POST /api/instances/:id/move {to, reason}: 跳转到节点. */
export function useMoveInstance(instanceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { to: string; reason: string }) =>
      apiRequest<Instance>(`/api/instances/${encodeURIComponent(instanceId)}/move`, { method: 'POST', body }),
    onSuccess: (instance) => {
      queryClient.setQueryData(instanceKeys.one(instance.id), instance);
      void queryClient.invalidateQueries({ queryKey: instanceKeys.history(instance.id) });
      void queryClient.invalidateQueries({ queryKey: instanceKeys.timers(instance.id) });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      void queryClient.invalidateQueries({ queryKey: ['instances', 'list'] });
    },
  });
}

/** POST …/versions/:version/migration[/dry-run]: what would move (dry run) or what moved. */
export function useMigrateInstances(definitionKey: string, version: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, dryRun }: { request: MigrationRequest; dryRun: boolean }) =>
      apiRequest<MigrationReport>(
        `/api/definitions/${encodeURIComponent(definitionKey)}/versions/${version}/migration${dryRun ? '/dry-run' : ''}`,
        { method: 'POST', body: request },
      ),
    onSuccess: (report) => {
      if (report.dryRun) return;
      void queryClient.invalidateQueries({ queryKey: instanceKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}
