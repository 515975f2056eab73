// Loading the spec to edit and publishing it (PUT draft lives in designer/io/save-draft.api.ts).
import type { DefinitionDetail, DefinitionVersion, PublishResponse } from '@liucheng/contracts';
import type { WorkflowSpec } from '@liucheng/engine';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/api-client';

/** What the designer opens: the draft, else the latest published version's spec. */
export interface EditableSpec {
  spec: WorkflowSpec | null;
  /** The version the spec came from, when it is not a draft. */
  fromVersion: number | null;
  detail: DefinitionDetail;
}

const path = (key: string) => `/api/definitions/${encodeURIComponent(key)}`;

/** GET /api/definitions/:key, then the latest version when there is no draft. */
export async function loadEditableSpec(key: string, signal?: AbortSignal): Promise<EditableSpec> {
  const detail = await apiRequest<DefinitionDetail>(path(key), { signal });
  if (detail.draft) return { spec: detail.draft as unknown as WorkflowSpec, fromVersion: null, detail };
  const latest = Math.max(0, ...detail.versions.map((v) => v.version));
  if (latest === 0) return { spec: null, fromVersion: null, detail };
  const version = await apiRequest<DefinitionVersion>(`${path(key)}/versions/${latest}`, { signal });
  return { spec: version.spec as unknown as WorkflowSpec, fromVersion: latest, detail };
}

/** The spec to edit, loaded once per key (the designer store owns it afterwards). */
export function useEditableSpec(key: string) {
  return useQuery({
    queryKey: ['definitions', key, 'editable'],
    queryFn: ({ signal }) => loadEditableSpec(key, signal),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

/** POST /api/definitions/:key/publish; refreshes the catalogue and the definition's versions. */
export function usePublish() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: string) => apiRequest<PublishResponse>(`${path(key)}/publish`, { method: 'POST' }),
    onSuccess: (_data, key) => {
      void queryClient.invalidateQueries({ queryKey: ['definitions'], predicate: (q) => q.queryKey[2] !== 'editable' });
      void key;
    },
  });
}
