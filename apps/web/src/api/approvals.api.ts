// Approval actions (docs/http-api.md "Approvals"): on a task (转办, 委派, 加签, 驳回, 抄送, 交回)
// and on an instance (撤回, 催办). Each answer refreshes the task, the instance and the lists.
import type { Instance, Task } from '@liucheng/contracts';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { instanceKeys } from './instances.api';
import { taskKeys } from './tasks.api';

export type TaskActionRequest =
  | { action: 'transfer' | 'delegate'; body: { to: string; reason?: string } }
  | { action: 'add-approvers'; body: { users: string[]; position: 'before' | 'after' | 'parallel'; reason?: string } }
  | { action: 'send-back'; body: { to: string; reason?: string } }
  | { action: 'cc'; body: { users: string[]; comment?: string } }
  | { action: 'resolve'; body: { comment?: string } };

export type TaskAction = TaskActionRequest['action'];

interface TaskActionResponse {
  task: Task;
  instance: Instance;
}

/** POST /api/tasks/:id/<action>. */
export function useTaskAction(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: TaskActionRequest) =>
      apiRequest<TaskActionResponse>(`/api/tasks/${encodeURIComponent(taskId)}/${action}`, { method: 'POST', body }),
    onSuccess: ({ task, instance }) => {
      queryClient.setQueryData(taskKeys.one(task.id), task);
      refreshInstance(queryClient, instance);
    },
  });
}

export type InstanceAction = 'withdraw' | 'urge';

/** POST /api/instances/:id/withdraw {reason?} or /urge {comment?}. */
export function useInstanceAction(instanceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, text }: { action: InstanceAction; text?: string }) =>
      apiRequest<Instance>(`/api/instances/${encodeURIComponent(instanceId)}/${action}`, {
        method: 'POST',
        body: action === 'withdraw' ? (text ? { reason: text } : {}) : text ? { comment: text } : {},
      }),
    onSuccess: (instance) => refreshInstance(queryClient, instance),
  });
}

/** POST /api/instances/:id/remove-approver {statePath, slot, reason?}: 减签 of an added approver. */
export function useRemoveApprover(instanceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { statePath: string; slot: string; reason?: string }) =>
      apiRequest<Instance>(`/api/instances/${encodeURIComponent(instanceId)}/remove-approver`, {
        method: 'POST',
        body,
      }),
    onSuccess: (instance) => refreshInstance(queryClient, instance),
  });
}

function refreshInstance(queryClient: QueryClient, instance: Instance): void {
  queryClient.setQueryData(instanceKeys.one(instance.id), instance);
  void queryClient.invalidateQueries({ queryKey: instanceKeys.history(instance.id) });
  void queryClient.invalidateQueries({ queryKey: instanceKeys.timers(instance.id) });
  void queryClient.invalidateQueries({ queryKey: ['tasks'] });
  void queryClient.invalidateQueries({ queryKey: ['instances', 'list'] });
}
