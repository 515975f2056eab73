/**
 * The designer's state, framework-free (the React hook is `useDesignerStore` in use-designer-store.tsx).
 *
 * ```ts
 * interface DesignerSnapshot {
 *   definitionKey: string;
 *   spec: WorkflowSpec | null;          // the draft being edited (null until loaded)
 *   savedJson: string | null;           // JSON.stringify of the spec last loaded or saved
 *   dirty: boolean;                     // spec differs from savedJson
 *   selection: DesignerSelection;       // {kind:'state', path} | {kind:'transition', address, edgeId} | null
 *   validation: DesignerValidation;   // validateDefinition(spec, workflowRegistry), recomputed on every change
 *   validationPending: boolean;         // true while a server-side validation is awaited (see setValidation)
 *   canUndo: boolean; canRedo: boolean;
 *   revision: number;                   // +1 on every spec change (load, setSpec, undo, redo)
 *   focus: { id: string; seq: number } | null; // a node/edge id the canvas should zoom to
 * }
 * store.load(spec)                       // replace the spec, clear undo history, mark saved
 * store.setSpec(next | (prev) => next, {coalesceKey?})  // an edit: pushes the previous spec on the undo stack;
 *                                      // edits with the same coalesceKey within 1 s (typing) share one undo step
 * store.undo(); store.redo();
 * store.select(selection); store.focusOn(id);
 * store.markSaved(spec)                  // after PUT draft / publish: the spec that is now stored
 * store.setValidation(result, revision)  // when validation runs elsewhere (validate = null): the result for a revision
 * store.subscribe(listener); store.getSnapshot();
 * ```
 */
import type { ValidationResponse } from '@liucheng/contracts';
import { validateDefinition, type WorkflowSpec } from '@liucheng/engine';
import { workflowRegistry } from '@liucheng/workflows';
import type { TransitionAddress } from './spec-draft';

export type DesignerSelection =
  { kind: 'state'; path: string } | { kind: 'transition'; address: TransitionAddress; edgeId: string } | null;

export interface DesignerSnapshot {
  definitionKey: string;
  spec: WorkflowSpec | null;
  savedJson: string | null;
  dirty: boolean;
  selection: DesignerSelection;
  validation: DesignerValidation;
  validationPending: boolean;
  canUndo: boolean;
  canRedo: boolean;
  revision: number;
  focus: { id: string; seq: number } | null;
}

export interface DesignerStore {
  getSnapshot(): DesignerSnapshot;
  subscribe(listener: () => void): () => void;
  load(spec: WorkflowSpec): void;
  setSpec(next: WorkflowSpec | ((prev: WorkflowSpec) => WorkflowSpec), options?: SetSpecOptions): void;
  undo(): void;
  redo(): void;
  select(selection: DesignerSelection): void;
  focusOn(id: string): void;
  markSaved(spec: WorkflowSpec): void;
  setValidation(result: DesignerValidation, revision: number): void;
}

/** `coalesceKey`: successive edits with the same key (typing in one field) make one undo step. */
export interface SetSpecOptions {
  coalesceKey?: string;
}

const HISTORY_LIMIT = 200;
const COALESCE_MS = 1000;
/** Errors block publishing, warnings do not; from the engine in the browser or from the server. */
export type DesignerValidation = ValidationResponse;

const EMPTY_VALIDATION: DesignerValidation = { ok: false, errors: [], warnings: [] };

/**
 * Whether this page may compile JSON Schemas (ajv generates code with `new Function`); a
 * Content-Security-Policy without 'unsafe-eval' forbids it, and then validation runs on the server.
 */
export function canCompileSchemas(): boolean {
  try {
    return new Function('return true')() === true;
  } catch {
    return false;
  }
}

/** Validates a spec in the browser with the engine and the workflow registry (standard + domain). */
export function validateSpec(spec: WorkflowSpec): DesignerValidation {
  return validateDefinition(spec, workflowRegistry);
}

/**
 * A store for one definition being designed.
 * @example const store = createDesignerStore('leave-request'); store.load(spec); store.setSpec((s) => setStateTitle(s, 'a', 'zh', '甲'));
 */
export function createDesignerStore(
  definitionKey: string,
  validate: ((spec: WorkflowSpec) => DesignerValidation) | null = validateSpec,
  now: () => number = Date.now,
): DesignerStore {
  const listeners = new Set<() => void>();
  let lastEdit: { key: string; at: number } | null = null;
  let past: WorkflowSpec[] = [];
  let future: WorkflowSpec[] = [];
  let focusSeq = 0;
  let snapshot: DesignerSnapshot = {
    definitionKey,
    spec: null,
    savedJson: null,
    dirty: false,
    selection: null,
    validation: EMPTY_VALIDATION,
    validationPending: false,
    canUndo: false,
    canRedo: false,
    revision: 0,
    focus: null,
  };

  const emit = (patch: Partial<DesignerSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    listeners.forEach((listener) => listener());
  };
  const withSpec = (spec: WorkflowSpec, savedJson = snapshot.savedJson): Partial<DesignerSnapshot> => ({
    spec,
    savedJson,
    dirty: JSON.stringify(spec) !== savedJson,
    ...(validate ? { validation: validate(spec), validationPending: false } : { validationPending: true }),
    canUndo: past.length > 0,
    canRedo: future.length > 0,
    revision: snapshot.revision + 1,
    selection: keepSelection(snapshot.selection, spec),
  });

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load(spec) {
      past = [];
      future = [];
      lastEdit = null;
      emit(withSpec(spec, JSON.stringify(spec)));
    },
    setSpec(next, options = {}) {
      const current = snapshot.spec;
      if (!current) return;
      const spec = typeof next === 'function' ? next(current) : next;
      if (spec === current) return;
      const at = now();
      const { coalesceKey } = options;
      const coalesce = coalesceKey !== undefined && lastEdit?.key === coalesceKey && at - lastEdit.at < COALESCE_MS;
      if (!coalesce) past = [...past, current].slice(-HISTORY_LIMIT);
      lastEdit = coalesceKey === undefined ? null : { key: coalesceKey, at };
      future = [];
      emit(withSpec(spec));
    },
    undo() {
      lastEdit = null;
      const previous = past.at(-1);
      if (!previous || !snapshot.spec) return;
      future = [snapshot.spec, ...future];
      past = past.slice(0, -1);
      emit(withSpec(previous));
    },
    redo() {
      const next = future[0];
      if (!next || !snapshot.spec) return;
      past = [...past, snapshot.spec];
      future = future.slice(1);
      emit(withSpec(next));
    },
    select(selection) {
      emit({ selection });
    },
    focusOn(id) {
      focusSeq += 1;
      emit({ focus: { id, seq: focusSeq } });
    },
    setValidation(validation, revision) {
      if (revision === snapshot.revision) emit({ validation, validationPending: false });
    },
    markSaved(spec) {
      const savedJson = JSON.stringify(spec);
      emit({ savedJson, dirty: JSON.stringify(snapshot.spec) !== savedJson });
    },
  };
}

/** Drops a selection that no longer exists after an edit (deleted state or transition). */
function keepSelection(selection: DesignerSelection, spec: WorkflowSpec): DesignerSelection {
  if (!selection) return null;
  const path = selection.kind === 'state' ? selection.path : selection.address.source;
  let node: { states?: Record<string, unknown> } | undefined = spec;
  for (const key of path.split('.')) {
    node = node?.states?.[key] as typeof node;
    if (!node) return null;
  }
  return selection;
}
