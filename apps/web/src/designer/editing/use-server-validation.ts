// Validation through POST /api/definitions/validate, for pages whose CSP forbids compiling schemas in the browser.
import type { ValidationResponse } from '@liucheng/contracts';
import { useEffect } from 'react';
import { apiRequest } from '../../api/api-client';
import type { DesignerStore } from './designer-store';
import { useDesignerStore } from './use-designer-store';

const DELAY_MS = 300;

/** While `enabled`, validates every revision on the server (debounced) and feeds the store. */
export function useServerValidation(store: DesignerStore, enabled: boolean): void {
  const { spec, revision } = useDesignerStore();
  useEffect(() => {
    if (!enabled || !spec) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      apiRequest<ValidationResponse>('/api/definitions/validate', {
        method: 'POST',
        body: { spec },
        signal: controller.signal,
      })
        .then((result) => store.setValidation(result, revision))
        .catch(() => undefined);
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [enabled, spec, revision, store]);
}
