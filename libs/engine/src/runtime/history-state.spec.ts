import { makeSpec } from '../__fixtures__/spec-builder.fixture';
import { compile } from '../compile/compile';
import { standardRegistry } from '../registry/standard-registry';
import { start } from './start';
import { step } from './step';

const now = new Date('2026-02-01T00:00:00.000Z');
const spec = makeSpec({
  work: {
    initial: 'drafting',
    states: {
      drafting: { on: { NEXT: 'checking' } },
      checking: { on: { NEXT: 'drafting' } },
      resume: { type: 'history' },
    },
    on: { PAUSE: 'paused' },
  },
  paused: { on: { RESUME: 'work.resume', STOP: 'stopped' } },
  stopped: { type: 'final' },
});

describe('history states across persisted snapshots', () => {
  it('resumes the child that was active before pausing', () => {
    const compiled = compile(spec, standardRegistry);
    let result = start(compiled, {}, now, 'staff');
    for (const type of ['NEXT', 'PAUSE'])
      result = step(compiled, JSON.parse(JSON.stringify(result.snapshot)), { type }, now);
    expect(result.state).toBe('paused');
    expect(result.snapshot.historyValue).toEqual({ 'wf.work.resume': [{ id: 'wf.work.checking' }] });
    result = step(compiled, JSON.parse(JSON.stringify(result.snapshot)), { type: 'RESUME' }, now);
    expect(result.state).toEqual({ work: 'checking' });
  });
});

describe('a shallow history restoring a compound child', () => {
  it('enters that child through its own initial (which the validator therefore counts as reachable)', () => {
    const restoring = makeSpec({
      work: {
        initial: 'start',
        states: {
          start: { on: { JUMP: 'task.two' } },
          task: { initial: 'one', states: { one: { on: { NEXT: 'two' } }, two: { on: { NEXT: '#wf.paused' } } } },
          h: { type: 'history' },
        },
      },
      paused: { on: { RESUME: 'work.h' } },
    });
    const compiled = compile(restoring, standardRegistry);
    let result = start(compiled, {}, now, 'staff');
    for (const type of ['JUMP', 'NEXT', 'RESUME']) result = step(compiled, result.snapshot, { type }, now);
    expect(result.state).toEqual({ work: { task: 'one' } });
  });
});
