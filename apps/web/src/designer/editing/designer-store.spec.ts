import type { WorkflowSpec } from '@liucheng/engine';
import { workflowDefinitions } from '../../graph/workflow-specs.fixture';
import { createDesignerStore } from './designer-store';
import { deleteState, setStateTitle } from './spec-edits';

const expense = workflowDefinitions().find(([key]) => key === 'entertainment-expense')![2] as WorkflowSpec;

function storeAt(clock: { t: number }) {
  const store = createDesignerStore('entertainment-expense', undefined, () => clock.t);
  store.load(expense);
  return store;
}

describe('designer store', () => {
  it('loads a valid spec clean, with no history', () => {
    const store = storeAt({ t: 0 });
    expect(store.getSnapshot()).toMatchObject({ dirty: false, canUndo: false, canRedo: false });
    expect(store.getSnapshot().validation).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it('validates every change and undoes/redoes it', () => {
    const clock = { t: 0 };
    const store = storeAt(clock);
    store.setSpec((s) => ({
      ...s,
      states: { ...s.states, hosting: { ...s.states.hosting, on: { HOSTED: 'nowhere' } } },
    }));
    const { validation, dirty, canUndo } = store.getSnapshot();
    expect(validation.ok).toBe(false);
    expect(validation.errors.map((e) => e.path)).toContain('states.hosting.on.HOSTED');
    expect([dirty, canUndo]).toEqual([true, true]);
    store.undo();
    expect(store.getSnapshot()).toMatchObject({ dirty: false, canUndo: false, canRedo: true, spec: expense });
    store.redo();
    expect(store.getSnapshot().validation.ok).toBe(false);
  });

  it('makes one undo step of typing in the same field within a second', () => {
    const clock = { t: 0 };
    const store = storeAt(clock);
    for (const text of ['招', '招待', '招待中']) {
      clock.t += 300;
      store.setSpec((s) => setStateTitle(s, 'hosting', 'zh', text), { coalesceKey: 'hosting.zh' });
    }
    clock.t += 2000;
    store.setSpec((s) => setStateTitle(s, 'hosting', 'en', 'Host'), { coalesceKey: 'hosting.en' });
    store.undo();
    expect(store.getSnapshot().spec!.states.hosting.meta!.title).toEqual({ zh: '招待中', en: 'Hosting' });
    store.undo();
    expect(store.getSnapshot().spec).toEqual(expense);
  });

  it('drops the selection of a deleted state and marks a saved spec clean', () => {
    const store = storeAt({ t: 0 });
    store.select({ kind: 'state', path: 'hosting' });
    store.setSpec((s) => deleteState(s, 'hosting'));
    expect(store.getSnapshot().selection).toBeNull();
    store.markSaved(store.getSnapshot().spec!);
    expect(store.getSnapshot().dirty).toBe(false);
  });
});

describe('designer store with validation elsewhere', () => {
  it('waits for setValidation and ignores results for older revisions', () => {
    const store = createDesignerStore('entertainment-expense', null);
    store.load(expense);
    expect(store.getSnapshot().validationPending).toBe(true);
    const first = store.getSnapshot().revision;
    store.setSpec((s) => setStateTitle(s, 'hosting', 'zh', '甲'));
    store.setValidation({ ok: false, errors: [{ path: 'x', message: 'old' }], warnings: [] }, first);
    expect(store.getSnapshot().validationPending).toBe(true);
    store.setValidation({ ok: true, errors: [], warnings: [] }, store.getSnapshot().revision);
    expect(store.getSnapshot()).toMatchObject({ validationPending: false, validation: { ok: true, errors: [] } });
  });
});
