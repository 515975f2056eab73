import type { WorkflowSpec } from '@liucheng/engine';
import { workflowDefinitions } from '../../graph/workflow-specs.fixture';
import {
  addAction,
  addState,
  clearPositions,
  addTransition,
  deleteState,
  guardTransition,
  moveTransition,
  pasteState,
  removeAction,
  renameState,
  retargetTransition,
  setAfterDelay,
  setEventName,
  setGuard,
  setPosition,
  setStateTitle,
  setTask,
  SpecEditError,
} from './spec-edits';

const specs = new Map(workflowDefinitions().map(([key, , spec]) => [key, spec]));
const spec = (key: string): WorkflowSpec => specs.get(key)!;
const expense = () => spec('entertainment-expense');

describe('state edits', () => {
  it('adds a state last among its siblings and leaves the input untouched', () => {
    const before = JSON.stringify(expense());
    const { spec: next, path } = addState(expense(), 'settlement.claim', 'archive', { type: 'final' });
    expect(path).toBe('settlement.claim.archive');
    expect(Object.keys(next.states.settlement.states!.claim.states!)).toEqual([
      'reimbursement',
      'financeCheck',
      'archive',
    ]);
    expect(JSON.stringify(expense())).toBe(before);
  });

  it.each([['a.b'], [''], ['#x'], ['1abc']])('refuses the state key %j', (key) => {
    expect(() => addState(expense(), '', key)).toThrow(SpecEditError);
  });

  it('renames a key in place and rewrites sibling, initial and #id targets', () => {
    const next = renameState(spec('contract-review'), 'negotiation', 'talks');
    expect(Object.keys(next.states)[0]).toBe('talks');
    expect(next.initial).toBe('talks');
    expect((next.states.review.on!.RETURN as { target: string }).target).toBe('talks');
    const filing = renameState(spec('real-estate-filing'), 'revision', 'rework');
    const finance = filing.states.review.states!.finance.states!.pending.on!.FINANCE_REJECT as { target: string };
    expect(finance.target).toBe('#real-estate-filing.rework');
  });

  it('renames a nested state and the targets that pass through it', () => {
    const next = renameState(spec('soe-expansion'), 'projectGroup', 'project');
    const check = next.states.project.states!.investmentCheck.always as Array<{ target: string }>;
    expect(check.map((t) => t.target)).toEqual(['#soe-expansion.hq.investmentApproval', 'implementation']);
    const approve = next.states.hq.states!.investmentApproval.on!.APPROVE_INVESTMENT as { target: string };
    expect(approve.target).toBe('#soe-expansion.project.implementation');
  });

  it('renaming a child rewrites its siblings targets and the parent initial', () => {
    const next = renameState(expense(), 'settlement.claim.reimbursement', 'claiming');
    const claim = next.states.settlement.states!.claim;
    expect(claim.initial).toBe('claiming');
    expect((claim.states!.financeCheck.on!.RETURN as { target: string }).target).toBe('claiming');
  });

  it('sets one title language, creating meta when missing', () => {
    const { spec: added } = addState(expense(), '', 'extra');
    expect(setStateTitle(added, 'extra', 'en', 'Extra').states.extra.meta).toEqual({ title: { zh: '', en: 'Extra' } });
    expect(setStateTitle(expense(), 'hosting', 'zh', '招待').states.hosting.meta!.title).toEqual({
      zh: '招待',
      en: 'Hosting',
    });
  });

  it('deletes a state and every transition into it, keeping other transitions of the same event', () => {
    const next = deleteState(expense(), 'alcoholApplication');
    expect(next.states.alcoholApplication).toBeUndefined();
    const routes = next.states.alcoholCheck.always as Array<{ target: string }>;
    expect(routes.map((t) => t.target)).toEqual(['hosting']);
  });

  it('deleting the initial child falls back to the first remaining child', () => {
    const next = deleteState(expense(), 'settlement.claim.reimbursement');
    const claim = next.states.settlement.states!.claim;
    expect(claim.initial).toBe('financeCheck');
    expect(claim.states!.financeCheck.on!.RETURN).toBeUndefined();
  });

  it('sets and removes a task', () => {
    const task = { title: { zh: '归档', en: 'Archive' }, candidateRoles: ['office'], outcomes: ['DONE'] };
    const withTask = setTask(expense(), 'routing', task);
    expect(withTask.states.routing.meta!.task).toEqual(task);
    expect(setTask(withTask, 'routing', undefined).states.routing.meta).toEqual({
      title: { zh: '确定核销时限', en: 'Set the settlement deadline' },
    });
  });

  it('keeps a rounded position in meta.position, appended after existing meta keys', () => {
    const next = setPosition(expense(), 'hosting', { x: 10.4, y: 20.6 });
    expect(Object.keys(next.states.hosting.meta!)).toEqual(['title', 'task', 'position']);
    expect(next.states.hosting.meta!.position).toEqual({ x: 10, y: 21 });
  });

  it('pastes a copy under a free key', () => {
    const { path, spec: next } = pasteState(expense(), '', 'hosting', expense().states.hosting);
    expect(path).toBe('hostingCopy');
    expect(next.states.hostingCopy.meta!.task).toEqual(expense().states.hosting.meta!.task);
    expect(pasteState(next, '', 'hosting', expense().states.hosting).path).toBe('hostingCopy2');
  });
});

describe('transition edits', () => {
  const hosted = { source: 'hosting', kind: 'on' as const, event: 'HOSTED', index: 0 };

  it('adds a transition as an object, then turns the entry into a list', () => {
    const first = addTransition(expense(), 'hosting', 'rejected', 'CANCEL');
    expect(first.spec.states.hosting.on!.CANCEL).toEqual({ target: 'rejected' });
    const second = addTransition(first.spec, 'hosting', 'settled', 'CANCEL');
    expect(second.address).toEqual({ source: 'hosting', kind: 'on', event: 'CANCEL', index: 1 });
    expect(second.spec.states.hosting.on!.CANCEL).toEqual([{ target: 'rejected' }, { target: 'settled' }]);
  });

  it.each([
    ['after' as const, 'P2D', { after: { P2D: { target: 'rejected' } } }],
    ['always' as const, '', { always: { target: 'rejected' } }],
  ])('adds a %s transition', (kind, key, expected) => {
    const { spec: next, address } = addTransition(expense(), 'hosting', 'rejected', key, kind);
    expect(next.states.hosting).toMatchObject(expected);
    expect(address.kind).toBe(kind);
  });

  it('writes a target outside the parent as #machine.path', () => {
    const { spec: next } = addTransition(expense(), 'settlement.claim.financeCheck', 'rejected', 'ABORT');
    expect(next.states.settlement.states!.claim.states!.financeCheck.on!.ABORT).toEqual({
      target: '#entertainment-expense.rejected',
    });
  });

  it('re-targets a transition', () => {
    const next = retargetTransition(expense(), hosted, 'rejected');
    expect((next.states.hosting.on!.HOSTED as { target: string }).target).toBe('rejected');
  });

  it('keeps a bare string target a string when re-targeted', () => {
    const base = spec('channel-partner');
    const entry = Object.entries(base.states).find(([, s]) =>
      Object.values(s.on ?? {}).some((v) => typeof v === 'string'),
    )!;
    const [event] = Object.entries(entry[1].on!).find(([, v]) => typeof v === 'string')!;
    const next = retargetTransition(base, { source: entry[0], kind: 'on', event, index: 0 }, entry[0]);
    expect(next.states[entry[0]].on![event]).toBe(entry[0]);
  });

  it('renames an event in place and the task outcome follows', () => {
    const next = setEventName(expense(), hosted, 'DONE_HOSTING');
    expect(Object.keys(next.states.hosting.on!)).toEqual(['DONE_HOSTING']);
    expect(next.states.hosting.meta!.task!.outcomes).toEqual(['DONE_HOSTING']);
  });

  it('moves one transition of a list to another event', () => {
    const lead = spec('lead-report');
    const next = setEventName(lead, { source: 'verification', kind: 'on', event: 'VERIFY', index: 0 }, 'X');
    expect((next.states.verification.on!.VERIFY as unknown[]).length).toBe(2);
    expect(next.states.verification.on!.X).toMatchObject({ target: 'credited' });
  });

  it('sets a guard before the target and removes it', () => {
    const guard = { type: 'gte', params: { field: 'context.actualAmount', value: 5000 } };
    // HOSTED ships with a guard (the hosting date not after today): start from it removed.
    const bare = setGuard(expense(), hosted, undefined);
    expect(Object.keys(bare.states.hosting.on!.HOSTED as object)).toEqual(['target', 'actions']);
    const next = setGuard(bare, hosted, guard);
    expect(Object.keys(next.states.hosting.on!.HOSTED as object)).toEqual(['guard', 'target', 'actions']);
    expect(setGuard(next, hosted, undefined).states.hosting.on!.HOSTED).toEqual(bare.states.hosting.on!.HOSTED);
  });

  it('adds and removes actions', () => {
    const action = { type: 'set', params: { to: 'checked', value: true } };
    const added = addAction(expense(), hosted, action);
    expect((added.states.hosting.on!.HOSTED as { actions: unknown[] }).actions.at(-1)).toEqual(action);
    expect(removeAction(added, hosted, 3)).toEqual(expense());
  });

  it('changes an after delay key in place', () => {
    const running = (s: WorkflowSpec) => s.states.settlement.states!.deadline.states!.running;
    const address = {
      source: 'settlement.deadline.running',
      kind: 'after' as const,
      event: 'settlementDeadline',
      index: 0,
    };
    const next = setAfterDelay(expense(), address, 'P3D');
    expect(Object.keys(running(next).after!)).toEqual(['P3D']);
    expect(Object.keys(running(next))).toEqual(Object.keys(running(expense())));
  });

  describe('order (the first enabled transition wins)', () => {
    const gt = { type: 'gt', params: { field: 'context.actualAmount', value: 5000 } };
    const targets = (value: unknown) => ([] as Array<{ target: string }>).concat(value as never).map((t) => t.target);
    // hosting.on.CANCEL: [rejected (unguarded fallback), settled]
    const twoCancels = () =>
      addTransition(addTransition(expense(), 'hosting', 'rejected', 'CANCEL').spec, 'hosting', 'settled', 'CANCEL')
        .spec;

    it.each([
      [1, 0, ['settled', 'rejected']],
      [0, 1, ['settled', 'rejected']],
      [1, 1, ['rejected', 'settled']],
    ])('moves CANCEL %i to %i', (from, to, expected) => {
      const before = JSON.stringify(twoCancels());
      const next = moveTransition(twoCancels(), 'hosting', 'on', 'CANCEL', from, to);
      expect(targets(next.states.hosting.on!.CANCEL)).toEqual(expected);
      expect(JSON.stringify(twoCancels())).toBe(before);
    });

    it('moves the items of an `always` list and keeps them a list', () => {
      const base = addTransition(
        addTransition(expense(), 'hosting', 'rejected', '', 'always').spec,
        'hosting',
        'settled',
        '',
        'always',
      ).spec;
      const next = moveTransition(base, 'hosting', 'always', undefined, 0, 1);
      expect(next.states.hosting.always).toEqual([{ target: 'settled' }, { target: 'rejected' }]);
    });

    it.each([
      [0, -1],
      [1, 2],
      [2, 0],
    ])('refuses to move %i to %i', (from, to) => {
      expect(() => moveTransition(twoCancels(), 'hosting', 'on', 'CANCEL', from, to)).toThrow(SpecEditError);
    });

    it('inserts a new guarded transition before the unguarded fallback, an unguarded one last', () => {
      const withFallback = addTransition(expense(), 'hosting', 'rejected', 'CANCEL').spec;
      const guarded = addTransition(withFallback, 'hosting', 'settled', 'CANCEL', 'on', gt);
      expect(guarded.address.index).toBe(0);
      expect(guarded.spec.states.hosting.on!.CANCEL).toEqual([
        { guard: gt, target: 'settled' },
        { target: 'rejected' },
      ]);
      const unguarded = addTransition(guarded.spec, 'hosting', 'settlement', 'CANCEL');
      expect(unguarded.address.index).toBe(2);
      expect(targets(unguarded.spec.states.hosting.on!.CANCEL)).toEqual(['settled', 'rejected', 'settlement']);
    });

    it('guarding a transition that comes after a fallback moves it before the fallback', () => {
      const address = { source: 'hosting', kind: 'on' as const, event: 'CANCEL', index: 1 };
      const result = guardTransition(twoCancels(), address, gt);
      expect(result).toMatchObject({ moved: true, address: { ...address, index: 0 } });
      expect(result.spec.states.hosting.on!.CANCEL).toEqual([{ guard: gt, target: 'settled' }, { target: 'rejected' }]);
    });

    it.each([
      ['the first transition', 0, gt],
      ['removing a guard', 1, undefined],
    ])('guarding leaves the order alone for %s', (_name, index, guard) => {
      const address = { source: 'hosting', kind: 'on' as const, event: 'CANCEL', index };
      const result = guardTransition(twoCancels(), address, guard);
      expect(result.moved).toBe(false);
      expect(result.address.index).toBe(index);
      expect(targets(result.spec.states.hosting.on!.CANCEL)).toEqual(['rejected', 'settled']);
    });
  });

  it('throws for a transition that does not exist', () => {
    expect(() => setGuard(expense(), { ...hosted, index: 3 }, 'x')).toThrow(SpecEditError);
  });
});

describe('clearPositions', () => {
  it('removes every meta.position and the meta it leaves empty, nothing else', () => {
    const { spec: added } = addState(expense(), '', 'bare');
    const positioned = setPosition(setPosition(added, 'hosting', { x: 1, y: 2 }), 'bare', { x: 3, y: 4 });
    const cleared = clearPositions(positioned);
    expect(cleared.states.hosting).toEqual(expense().states.hosting);
    expect(cleared.states.bare).toEqual({});
  });
});
