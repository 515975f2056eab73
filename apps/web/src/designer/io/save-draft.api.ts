// PUT /api/definitions/:key/draft as a mutation; refreshes the catalogue and the definition afterwards.
import type { DraftResponse, SpecRequest } from '@liucheng/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/api-client';

/** Saves a spec as the draft of `key` (the server saves an invalid draft too, and says why). */
export function useSaveDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, spec }: { key: string; spec: Record<string, unknown> }) =>
      apiRequest<DraftResponse>(`/api/definitions/${encodeURIComponent(key)}/draft`, {
        method: 'PUT',
        body: { spec } satisfies SpecRequest,
      }),
    // Not the designer's own copy (['definitions', key, 'editable']): the store owns the spec being edited.
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: ['definitions'], predicate: (q) => q.queryKey[2] !== 'editable' }),
  });
}
