import { expenseSpec } from '../__fixtures__/expense.fixture';
import { leaveRequestSpec } from '../__fixtures__/leave-request.fixture';
import { makeSpec, task } from '../__fixtures__/spec-builder.fixture';
import { compile } from '../compile/compile';
import { standardRegistry } from '../registry/standard-registry';
import { DefinitionInvalidError } from '../runtime/engine.errors';
import type { StateSpec, WorkflowSpec } from './definition.types';
import { DEFINITION_PROBLEM_CODES, DEFINITION_PROBLEM_SEVERITY, type DefinitionProblemCode } from './problem-codes';
import { validateDefinition } from './validate-definition';

const final: StateSpec = { type: 'final' };
const go = (target: unknown, extra: Record<string, unknown> = {}): StateSpec => ({
  on: { GO: target as string },
  ...extra,
});
const compound = (extra: Record<string, unknown> = {}): StateSpec =>
  ({ initial: 'x', states: { x: go('y'), y: final }, onDone: 'b', ...extra }) as StateSpec;
const withRoot = (spec: WorkflowSpec, patch: (s: Record<string, unknown>) => void): WorkflowSpec => {
  const copy = JSON.parse(JSON.stringify(spec));
  patch(copy);
  return copy;
};
const basic = () => makeSpec({ a: go('b'), b: final });

describe('validateDefinition accepts', () => {
  it.each<[string, WorkflowSpec]>([
    ['the HTTP contract example', leaveRequestSpec],
    ['the expense fixture (always, after ISO and context keys, guards, actions)', expenseSpec],
    ['a sibling-then-child target `c.y`', makeSpec({ a: { on: { GO: 'c.y', IN: 'c' } }, c: compound(), b: final })],
    ['a child target `.y` from a compound', makeSpec({ a: go('c'), c: compound({ on: { JUMP: '.y' } }), b: final })],
    ['a target by state id `#done`', makeSpec({ a: go('#done'), b: { id: 'done', type: 'final' } })],
    [
      'a target by machine id and path `#wf.c.y`',
      makeSpec({ a: { on: { GO: '#wf.c.y', IN: '#wf.c' } }, c: compound(), b: final }),
    ],
    ['a root transition to `.b`', makeSpec({ a: { on: {} }, b: final }, { on: { CANCEL: '.b' } })],
    [
      'after keys in ms, ISO, context and registry names',
      makeSpec({ a: { after: { '1000': 'b', PT1H: 'b', 'context.wait': 'b', oneDay: 'b' } }, b: final }),
    ],
    [
      'a task outcome handled by an ancestor',
      makeSpec({ c: { initial: 'x', states: { x: { meta: task(['STOP']) } }, on: { STOP: 'b' } }, b: final }),
    ],
    [
      'a task with only an assignee',
      makeSpec({
        a: { meta: task(['GO'], { candidateRoles: [], assignee: 'context.owner' }), on: { GO: 'b' } },
        b: final,
      }),
    ],
    [
      'a parallel state with regions and onDone',
      makeSpec({
        p: {
          type: 'parallel',
          states: { r1: compound({ onDone: undefined }), r2: compound({ onDone: undefined }) },
          onDone: 'b',
        },
        b: final,
      }),
    ],
    [
      'nested guards in and/or/not',
      makeSpec({
        a: go({
          target: 'b',
          guard: {
            type: 'and',
            params: {
              guards: [{ type: 'not', params: { guard: { type: 'exists', params: { field: 'context.a' } } } }],
            },
          },
        }),
        b: final,
      }),
    ],
    [
      'meta.starterRoles as role names',
      makeSpec({ a: go('b'), b: final }, { meta: { title: { zh: '甲', en: 'A' }, starterRoles: ['staff', 'leader'] } }),
    ],
  ])('%s', (_name, spec) => {
    expect(validateDefinition(spec, standardRegistry)).toEqual({ ok: true, errors: [], warnings: [] });
  });
});

describe('validateDefinition reports', () => {
  it.each<[string, unknown, string[], string]>([
    ['a spec that is not an object', 'leave', [''], 'must be an object'],
    ['a missing id', withRoot(basic(), (s) => delete s.id), ['id'], 'is required'],
    ['a missing meta', withRoot(basic(), (s) => delete s.meta), ['meta'], 'title {zh, en}'],
    [
      'a meta title without zh/en',
      withRoot(basic(), (s) => ((s.meta as { title: unknown }).title = 'Leave')),
      ['meta.title'],
      'must be {zh, en}',
    ],
    [
      'a meta title missing en',
      withRoot(basic(), (s) => ((s.meta as { title: unknown }).title = { zh: '请假' })),
      ['meta.title.en'],
      'non-empty string',
    ],
    ['a bad state type', makeSpec({ a: go('b'), b: { type: 'end' as 'final' } }), ['states.b.type'], 'must be one of'],
    [
      'a compound state without initial',
      makeSpec({ a: go('c'), c: compound({ initial: undefined }), b: final }),
      ['states.c.initial'],
      'needs an initial',
    ],
    [
      'an initial naming no child',
      makeSpec({ a: go('c'), c: compound({ initial: 'zz' }), b: final }),
      ['states.c.initial'],
      '"zz" is not a child state',
    ],
    [
      'a root initial naming no state',
      makeSpec({ a: go('b'), b: final }, { initial: 'nope' }),
      ['initial'],
      '"nope" is not a child state',
    ],
    [
      'an unresolved target',
      makeSpec({ a: go('b', { on: { GO: 'b', BAD: { target: 'nowhere' } } }), b: final }),
      ['states.a.on.BAD.target'],
      'does not resolve',
    ],
    [
      'an unresolved target in a list',
      makeSpec({ a: { on: { GO: ['b', 'c.nope'], IN: 'c' } }, c: compound(), b: final }),
      // The list holds two transitions; the second is also shadowed by the unguarded first.
      ['states.a.on.GO.1', 'states.a.on.GO.1'],
      'does not resolve',
    ],
    [
      'an unresolved child target',
      makeSpec({ a: go('c'), c: compound({ on: { J: '.zz' } }), b: final }),
      ['states.c.on.J'],
      'does not resolve',
    ],
    [
      'an unknown state id',
      makeSpec({ a: { on: { GO: 'b', X: '#ghost' } }, b: final }),
      ['states.a.on.X'],
      'does not resolve',
    ],
    [
      'a plain target on the root',
      makeSpec({ a: go('b'), b: final }, { on: { CANCEL: 'b' } }),
      ['on.CANCEL'],
      'did you mean ".b"',
    ],
    [
      'an unknown guard',
      makeSpec({ a: go({ target: 'b', guard: 'isVip' }), b: final }),
      ['states.a.on.GO.guard'],
      'unknown guard "isVip"',
    ],
    [
      'an unknown nested guard',
      makeSpec({
        a: go({ target: 'b', guard: { type: 'or', params: { guards: ['exists', { type: 'nope' }] } } }),
        b: final,
      }),
      ['states.a.on.GO.guard.params.guards.0.params.field', 'states.a.on.GO.guard.params.guards.1'],
      '',
    ],
    [
      'guard params failing the schema',
      makeSpec({ a: go({ target: 'b', guard: { type: 'gte', params: { field: 'amount', value: 1 } } }), b: final }),
      ['states.a.on.GO.guard.params.field'],
      'must match pattern',
    ],
    [
      'an unknown entry action',
      makeSpec({ a: go('b', { entry: ['notify', 'launch'] }), b: final }),
      ['states.a.entry.0.params.to', 'states.a.entry.0.params.message', 'states.a.entry.1'],
      '',
    ],
    [
      'an unknown transition action',
      makeSpec({ a: go({ target: 'b', actions: { type: 'launch' } }), b: final }),
      ['states.a.on.GO.actions'],
      'unknown action "launch"',
    ],
    [
      'action params missing a field',
      makeSpec({ a: go({ target: 'b', actions: [{ type: 'set', params: { to: 'x' } }] }), b: final }),
      ['states.a.on.GO.actions.0.params.value'],
      'is required',
    ],
    [
      'an after key that is no delay',
      makeSpec({ a: { after: { soon: 'b' } }, b: final }),
      ['states.a.after.soon'],
      'registry delay',
    ],
    ['a non-final state with no way out', makeSpec({ a: go('b'), b: {} }), ['states.b'], 'no way out'],
    [
      'a task without outcomes',
      makeSpec({ a: go('b', { meta: task([]) }), b: final }),
      ['states.a.meta.task.outcomes'],
      'at least one outcome',
    ],
    [
      'a task outcome the state does not handle',
      makeSpec({ a: go('b', { meta: task(['GO', 'NOPE']) }), b: final }),
      ['states.a.meta.task.outcomes.1'],
      'outcome "NOPE" is not handled',
    ],
    [
      'a task nobody can do',
      makeSpec({ a: go('b', { meta: task(['GO'], { candidateRoles: undefined }) }), b: final }),
      ['states.a.meta.task'],
      'candidateRoles, an assignee or an approval',
    ],
    [
      'an invalid assignee',
      makeSpec({ a: go('b', { meta: task(['GO'], { assignee: 'boss' }) }), b: final }),
      ['states.a.meta.task.assignee'],
      'starter',
    ],
    [
      'an invalid due',
      makeSpec({ a: go('b', { meta: task(['GO'], { due: 'three days' }) }), b: final }),
      ['states.a.meta.task.due'],
      'ISO-8601',
    ],
    [
      'a task form ajv cannot compile',
      makeSpec({ a: go('b', { meta: task(['GO'], { form: { type: 'form' } }) }), b: final }),
      ['states.a.meta.task.form'],
      'not a valid JSON Schema',
    ],
    [
      'a task on a final state',
      makeSpec({ a: go('b'), b: { type: 'final', meta: task(['GO']) } }),
      ['states.b.meta.task', 'states.b.meta.task.outcomes.0'],
      'a final state cannot be a task',
    ],
    [
      'an input schema ajv cannot compile',
      makeSpec({ a: go('b'), b: final }, { meta: { title: { zh: '甲', en: 'A' }, input: { type: 'obj' } } }),
      ['meta.input'],
      'not a valid JSON Schema',
    ],
    [
      'an event schema ajv cannot compile',
      makeSpec(
        { a: go('b'), b: final },
        {
          meta: {
            title: { zh: '甲', en: 'A' },
            events: { GO: { title: { zh: '走', en: 'Go' }, schema: { required: 'x' } } },
          },
        },
      ),
      ['meta.events.GO.schema'],
      'not a valid JSON Schema',
    ],
    [
      'starterRoles that are not role names',
      makeSpec(
        { a: go('b'), b: final },
        { meta: { title: { zh: '甲', en: 'A' }, starterRoles: 'staff' as unknown as string[] } },
      ),
      ['meta.starterRoles'],
      'array of role names',
    ],
    [
      'a parallel state without regions',
      makeSpec({ a: go('p'), p: { type: 'parallel', on: { GO: 'b' } }, b: final }),
      ['states.p.states'],
      'needs child states',
    ],
    [
      'a history default target that does not resolve',
      makeSpec({
        a: go('c'),
        c: compound({ states: { x: go('y'), y: final, h: { type: 'history', target: 'zz' } }, on: { BACK: '.h' } }),
        b: final,
      }),
      ['states.c.states.h.target'],
      'does not resolve',
    ],
    [
      'a transition that is neither string nor object',
      makeSpec({ a: { on: { GO: 'b', X: 42 as unknown as string } }, b: final }),
      ['states.a.on.X'],
      'target string or a transition object',
    ],
  ])('%s', (_name, spec, paths, message) => {
    const result = validateDefinition(spec, standardRegistry);
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.path)).toEqual(paths);
    expect(result.errors.map((e) => e.message).join(' | ')).toContain(message);
    for (const e of result.errors) {
      expect(DEFINITION_PROBLEM_CODES).toContain(e.code);
      expect(e.severity).toBe(DEFINITION_PROBLEM_SEVERITY[e.code as DefinitionProblemCode]);
    }
  });

  it('reports every problem at once', () => {
    const spec = makeSpec(
      { a: { on: { GO: 'nowhere' }, meta: task(['DONE']) }, z: {}, b: final },
      { meta: { title: { zh: '甲', en: '' } } },
    );
    const result = validateDefinition(spec, standardRegistry);
    const error = (path: string, code: string, message: string, params?: object) => ({
      path,
      code,
      severity: 'error',
      message,
      ...(params ? { params } : {}),
    });
    expect(result.errors).toEqual([
      error('meta.title.en', 'empty-text', 'must be a non-empty string'),
      error(
        'states.a.meta.task.outcomes.0',
        'unhandled-outcome',
        'outcome "DONE" is not handled by this state or an ancestor',
        { outcome: 'DONE' },
      ),
      error('states.a.on.GO', 'unknown-target', 'target "nowhere" does not resolve to a state', { target: 'nowhere' }),
      error('states.z', 'dead-end', 'has no way out: add a transition (on, after or always) or make it a final state'),
    ]);
    expect(result.warnings).toEqual([
      {
        path: 'states.z',
        code: 'unreachable-state',
        severity: 'warning',
        message: 'is unreachable from the initial state',
      },
      {
        path: 'states.b',
        code: 'unreachable-state',
        severity: 'warning',
        message: 'is unreachable from the initial state',
      },
    ]);
  });
});

/** Problems of a spec as `path code` lines, warnings marked. */
const problemLines = (spec: unknown) => {
  const r = validateDefinition(spec, standardRegistry);
  return [...r.errors, ...r.warnings].map((p) => `${p.severity} ${p.path} ${p.code}`);
};

describe('validateDefinition warnings', () => {
  it.each<[string, WorkflowSpec, string[]]>([
    ['an unreachable state', makeSpec({ a: go('b'), z: go('b'), b: final }), ['warning states.z unreachable-state']],
    [
      'an unreachable child state',
      makeSpec({ a: go('c'), c: compound({ states: { x: go('y'), y: final, lost: go('y') } }), b: final }),
      ['warning states.c.states.lost unreachable-state'],
    ],
    [
      'a history state nothing targets',
      makeSpec({ a: go('c'), c: compound({ states: { x: go('y'), y: final, h: { type: 'history' } } }), b: final }),
      ['warning states.c.states.h unreachable-state'],
    ],
  ])('%s is a warning: ok stays true', (_name, spec, lines) => {
    expect(validateDefinition(spec, standardRegistry).ok).toBe(true);
    expect(problemLines(spec)).toEqual(lines);
    expect(() => compile(spec, standardRegistry)).not.toThrow();
  });
});

describe('reachability follows the entry rules', () => {
  const shallowRestore = (history: 'shallow' | 'deep') =>
    makeSpec({
      work: {
        initial: 'start',
        states: {
          start: { on: { JUMP: 'task.two' } },
          // `one` is only ever entered when history restores `task` through its initial.
          task: { initial: 'one', states: { one: { on: { NEXT: 'two' } }, two: { on: { NEXT: 'one' } } } },
          h: { type: 'history', history },
        },
        on: { PAUSE: 'paused' },
      },
      paused: { on: { RESUME: 'work.h' } },
    });

  it('a shallow history re-enters a previously active compound child through its initial', () => {
    expect(problemLines(shallowRestore('shallow'))).toEqual([]);
  });

  it('a deep history restores descendants as they were, so it adds no initial child', () => {
    // `task.one` is still reached: `two -> one` within the task.
    expect(problemLines(shallowRestore('deep'))).toEqual([]);
    const noWayBack = JSON.parse(JSON.stringify(shallowRestore('deep')));
    noWayBack.states.work.states.task.states.two.on = { NEXT: '#wf.paused' };
    expect(problemLines(noWayBack)).toEqual(['warning states.work.states.task.states.one unreachable-state']);
  });

  it('the same definition without history reports the initial child unreachable', () => {
    const spec = JSON.parse(JSON.stringify(shallowRestore('shallow')));
    delete spec.states.work.states.h;
    spec.states.paused.on.RESUME = 'work';
    spec.states.work.states.task.states.two.on = { NEXT: '#wf.paused' };
    expect(problemLines(spec)).toEqual(['warning states.work.states.task.states.one unreachable-state']);
    // ... and the shallow history makes it reachable again.
    spec.states.work.states.h = { type: 'history' };
    spec.states.paused.on.RESUME = 'work.h';
    expect(problemLines(spec)).toEqual([]);
  });

  it.each<[string, WorkflowSpec]>([
    [
      'a history default target',
      makeSpec({
        a: { on: { GO: 'c.h', IN: 'c' } },
        c: { initial: 'x', states: { x: go('#wf.b'), y: go('#wf.b'), h: { type: 'history', target: 'y' } } },
        b: final,
      }),
    ],
    [
      'a history in a parallel state without a default enters every region',
      makeSpec({
        a: { on: { GO: 'p.h' } },
        p: {
          type: 'parallel',
          states: { r1: { initial: 'x', states: { x: go('#wf.b') } }, h: { type: 'history' } },
        },
        b: final,
      }),
    ],
    [
      'a target by #id inside a region enters the other regions',
      makeSpec({
        a: { on: { GO: '#deep' } },
        p: {
          type: 'parallel',
          states: {
            r1: { initial: 'x', states: { x: go('#wf.b'), y: { id: 'deep', on: { GO: '#wf.b' } } } },
            r2: { initial: 'u', states: { u: go('#wf.b') } },
          },
        },
        b: final,
      }),
    ],
  ])('%s', (_name, spec) => {
    expect(problemLines(spec)).toEqual([]);
  });
});

describe('shadowed transitions', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'a second unguarded APPROVE',
      { on: { APPROVE: ['b', 'c'] } },
      ['error states.a.on.APPROVE.1 shadowed-transition'],
    ],
    [
      'a guarded transition after the unguarded fallback',
      { on: { APPROVE: ['b', { target: 'c', guard: { type: 'exists', params: { field: 'context.x' } } }] } },
      ['error states.a.on.APPROVE.1 shadowed-transition'],
    ],
    [
      'every later always and after transition',
      { always: [{ target: 'b' }, { target: 'c' }, 'b'], after: { PT1H: ['b', 'c'] } },
      [
        'error states.a.after.PT1H.1 shadowed-transition',
        'error states.a.always.1 shadowed-transition',
        'error states.a.always.2 shadowed-transition',
      ],
    ],
  ])('%s', (_name, a, lines) => {
    const spec = makeSpec({ a, b: final, c: final } as Record<string, StateSpec>);
    expect(problemLines(spec).filter((l) => !l.includes('unreachable'))).toEqual(lines);
  });

  it('names the event and the transition that wins', () => {
    const spec = makeSpec({ a: { on: { APPROVE: ['b', 'c'] } }, b: final, c: final });
    expect(validateDefinition(spec, standardRegistry).errors).toEqual([
      {
        path: 'states.a.on.APPROVE.1',
        code: 'shadowed-transition',
        params: { event: 'APPROVE', by: 'states.a.on.APPROVE.0' },
        severity: 'error',
        message: 'can never fire: the unguarded transition at states.a.on.APPROVE.0 for "APPROVE" is taken first',
      },
    ]);
  });

  it('accepts guarded transitions before the fallback, and one transition per event', () => {
    const guard = { type: 'exists', params: { field: 'context.x' } };
    const spec = makeSpec({ a: { on: { APPROVE: [{ target: 'b', guard }, 'c'], REJECT: 'c' } }, b: final, c: final });
    expect(validateDefinition(spec, standardRegistry)).toEqual({ ok: true, errors: [], warnings: [] });
  });
});

describe('problem codes', () => {
  it('every code is kebab-case and has a severity', () => {
    for (const code of DEFINITION_PROBLEM_CODES) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning']).toContain(DEFINITION_PROBLEM_SEVERITY[code]);
    }
  });

  it('param problems carry the ajv keyword and params', () => {
    const spec = makeSpec({
      a: go({ target: 'b', guard: { type: 'gte', params: { field: 'amount', value: 1 } } }),
      b: final,
    });
    expect(validateDefinition(spec, standardRegistry).errors).toEqual([
      expect.objectContaining({
        path: 'states.a.on.GO.guard.params.field',
        code: 'invalid-param',
        params: expect.objectContaining({ keyword: 'pattern' }),
      }),
    ]);
  });
});

describe('compile', () => {
  it('throws DefinitionInvalidError with the problems of an invalid spec', () => {
    const spec = makeSpec({ a: go({ target: 'b', guard: 'isVip' }), b: final });
    expect(() => compile(spec, standardRegistry)).toThrow(DefinitionInvalidError);
    expect(() => compile(spec, standardRegistry)).toThrow(
      'Invalid definition: states.a.on.GO.guard: unknown guard "isVip"',
    );
  });

  it('freezes the compiled workflow and leaves the given spec untouched', () => {
    const spec = makeSpec({ a: go('b', { meta: task(['GO']) }), b: final });
    const before = JSON.stringify(spec);
    const compiled = compile(spec, standardRegistry);
    expect(JSON.stringify(spec)).toBe(before);
    expect(Object.isFrozen(compiled)).toBe(true);
    expect(Object.isFrozen(compiled.spec.states)).toBe(true);
    expect(compiled.spec).not.toBe(spec);
  });
});
