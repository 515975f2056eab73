// Departments (the org tree) and their react-query hooks.
import type { CreateDepartmentRequest, Department, DepartmentTree, UpdateDepartmentRequest } from '@liucheng/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';

export const departmentKeys = { tree: ['departments'] as const };

/** GET /api/departments: the roots with their children (every signed-in user). */
export function useDepartments() {
  return useQuery({
    queryKey: departmentKeys.tree,
    queryFn: ({ signal }) => apiRequest<DepartmentTree>('/api/departments', { signal }).then((tree) => tree.items),
    staleTime: 60_000,
  });
}

/** POST /api/departments (admin) */
export function useCreateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateDepartmentRequest) =>
      apiRequest<Department>('/api/departments', { method: 'POST', body: request }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: departmentKeys.tree }),
  });
}

/** PATCH /api/departments/:id (admin): rename, move, set or clear the head. */
export function useUpdateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: UpdateDepartmentRequest }) =>
      apiRequest<Department>(`/api/departments/${encodeURIComponent(id)}`, { method: 'PATCH', body: request }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: departmentKeys.tree }),
  });
}
