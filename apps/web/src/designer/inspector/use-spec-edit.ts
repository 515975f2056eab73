// One way for inspector forms to apply an edit: through the store, with errors shown as a message.
import type { WorkflowSpec } from '@liucheng/engine';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesignerStoreApi } from '../editing/use-designer-store';

/** `edit(fn, coalesceKey?)` applies `fn` to the current spec; a thrown SpecEditError becomes a message. */
export function useSpecEdit() {
  const store = useDesignerStoreApi();
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (fn: (spec: WorkflowSpec) => WorkflowSpec, coalesceKey?: string) => {
      try {
        store.setSpec(fn, { coalesceKey });
      } catch (error) {
        void message.error(t('designer.edEditError', { message: (error as Error).message }));
      }
    },
    [store, message, t],
  );
}
