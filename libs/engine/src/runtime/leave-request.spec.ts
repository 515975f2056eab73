import { leaveRequestSpec } from '../__fixtures__/leave-request.fixture';
import { compile } from '../compile/compile';
import { validateDefinition } from '../definition/validate-definition';
import { standardRegistry } from '../registry/standard-registry';
import { EventRejectedError } from './engine.errors';
import { start } from './start';
import { step } from './step';

const now = new Date('2026-03-02T08:30:00.000Z');

describe('the HTTP contract leave-request example', () => {
  const compiled = compile(leaveRequestSpec, standardRegistry);

  it('validates with no problems', () => {
    expect(validateDefinition(leaveRequestSpec, standardRegistry)).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it('starts in submitted with the input merged over context and the approval task open', () => {
    const first = start(compiled, { days: 3 }, now, 'staff');
    expect(first.state).toBe('submitted');
    expect(first.context).toEqual({ days: 3 });
    expect(first.status).toBe('running');
    expect(first.acceptedEvents).toEqual(['APPROVE', 'REJECT']);
    expect(first.effects).toEqual([
      {
        kind: 'openTask',
        statePath: 'submitted',
        task: leaveRequestSpec.states.submitted.meta?.task,
        formSchema: { type: 'object', properties: {} },
      },
    ]);
  });

  it.each([
    ['APPROVE', 'approved'],
    ['REJECT', 'rejected'],
  ])('%s ends in %s and closes the task', (type, final) => {
    const first = start(compiled, { days: 2 }, now, 'staff');
    const next = step(compiled, first.snapshot, { type, actor: 'leader' }, now);
    expect(next.state).toBe(final);
    expect(next.status).toBe('done');
    expect(next.acceptedEvents).toEqual([]);
    expect(next.effects).toEqual([{ kind: 'closeTask', statePath: 'submitted' }]);
  });

  it('rejects a start input without days, naming /days', () => {
    expect.assertions(2);
    try {
      start(compiled, {}, now, 'staff');
    } catch (e) {
      expect(e).toBeInstanceOf(EventRejectedError);
      expect((e as EventRejectedError).errors).toEqual([
        {
          path: '/days',
          code: 'required',
          params: { missingProperty: 'days' },
          severity: 'error',
          message: 'is required',
        },
      ]);
    }
  });
});
