// Saves the draft ~1.5 s after the last edit (PUT /api/definitions/:key/draft), and on demand.
import type { WorkflowSpec } from '@liucheng/engine';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSaveDraft } from '../io/save-draft.api';
import type { DesignerStore } from './designer-store';
import { useDesignerStore } from './use-designer-store';

export const AUTOSAVE_DELAY_MS = 1500;

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'error';

export interface DraftAutosave {
  status: SaveStatus;
  error: unknown;
  /** Saves now if there is anything unsaved; resolves when the server has it. */
  flush: () => Promise<void>;
}

export function useDraftAutosave(store: DesignerStore): DraftAutosave {
  const { spec, dirty, definitionKey, revision } = useDesignerStore();
  const save = useSaveDraft();
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef<Promise<void> | null>(null);

  const saveNow = useCallback(async () => {
    const current = store.getSnapshot();
    if (!current.spec || !current.dirty) return;
    const sent: WorkflowSpec = current.spec;
    try {
      await save.mutateAsync({ key: definitionKey, spec: sent as unknown as Record<string, unknown> });
      store.markSaved(sent);
      setError(null);
    } catch (caught) {
      setError(caught);
      throw caught;
    }
  }, [store, save, definitionKey]);

  const flush = useCallback(async () => {
    if (inFlight.current) await inFlight.current.catch(() => undefined);
    inFlight.current = saveNow();
    try {
      await inFlight.current;
    } finally {
      inFlight.current = null;
    }
  }, [saveNow]);

  useEffect(() => {
    if (!spec || !dirty) return;
    const timer = setTimeout(() => void flush().catch(() => undefined), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // Each revision restarts the wait, so a burst of edits is saved once.
  }, [revision, dirty, spec, flush]);

  const status: SaveStatus = save.isPending ? 'saving' : error ? 'error' : dirty ? 'unsaved' : 'saved';
  return { status, error, flush };
}
