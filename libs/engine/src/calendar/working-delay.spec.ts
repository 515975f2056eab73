import { compile } from '../compile/compile';
import { validateDefinition } from '../definition/validate-definition';
import type { WorkflowSpec } from '../definition/definition.types';
import { standardRegistry } from '../registry/standard-registry';
import { EventRejectedError } from '../runtime/engine.errors';
import { start } from '../runtime/start';
import { step } from '../runtime/step';
import { MON_FRI_CALENDAR, type WorkingCalendar } from './index';

const sh = (local: string) => new Date(`${local}:00+08:00`);
const local = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** A claim counted from a date in the context, and a reply due in 4 working hours from entry. */
function spec(extra: Partial<WorkflowSpec['meta']> = {}): WorkflowSpec {
  return {
    id: 'wd',
    initial: 'open',
    meta: {
      title: { zh: '甲', en: 'A' },
      events: {
        HOSTED: {
          title: { zh: '招待', en: 'Hosted' },
          schema: { type: 'object', properties: { hostedOn: { type: 'string' } } },
        },
        DONE: { title: { zh: '完成', en: 'Done' } },
      },
      delays: {
        settle: { working: 'context.window', from: 'context.hostedOn' },
        reply: { working: 'PT4H' },
      },
      ...extra,
    },
    context: { window: 'P3D', overdue: false },
    states: {
      open: {
        meta: {
          task: { title: { zh: '回复', en: 'Reply' }, assignee: 'starter', outcomes: ['HOSTED'], due: 'reply' },
        },
        on: {
          HOSTED: {
            target: 'claiming',
            actions: [{ type: 'assign', params: { to: 'hostedOn', from: 'event.data.hostedOn' } }],
          },
        },
      },
      claiming: {
        after: { settle: { target: 'overdue' } },
        on: { DONE: 'done' },
      },
      overdue: { on: { DONE: 'done' } },
      done: { type: 'final' },
    },
  };
}

const timerOf = (effects: Array<{ kind: string }>) =>
  effects.find((e) => e.kind === 'scheduleTimer') as { dueAt: string; delayMs: number } | undefined;

describe('working-time delays in a definition', () => {
  it('validates and counts a task due in working hours from the state entry', () => {
    expect(validateDefinition(spec(), standardRegistry)).toMatchObject({ ok: true });
    const compiled = compile(spec(), standardRegistry);
    const first = start(compiled, {}, sh('2026-03-13T15:00'), 'staff'); // Friday
    const open = first.effects.find((e) => e.kind === 'openTask') as { dueAt?: string };
    expect(local(open.dueAt!)).toBe('2026-03-16 10:00');
  });

  it('counts working days from a date in the context, across National Day, and records the due time', () => {
    const compiled = compile(spec(), standardRegistry);
    const first = start(compiled, {}, sh('2026-09-29T10:00'), 'staff');
    const next = step(
      compiled,
      first.snapshot,
      { type: 'HOSTED', data: { hostedOn: '2026-09-29' } },
      sh('2026-09-30T09:00'),
    );
    const timer = timerOf(next.effects)!;
    expect(local(timer.dueAt)).toBe('2026-10-09 17:00');
    expect(timer.delayMs).toBe(new Date(timer.dueAt).getTime() - sh('2026-09-30T09:00').getTime());
  });

  it('uses the calendar it is given: a company closure moves the deadline', () => {
    const compiled = compile(spec(), standardRegistry);
    const closed: WorkingCalendar = {
      ...MON_FRI_CALENDAR,
      closures: [{ from: '2026-10-08', to: '2026-10-09', reason: '搬迁' }],
    };
    const first = start(compiled, {}, sh('2026-09-29T10:00'), 'staff', { calendar: closed });
    const next = step(
      compiled,
      first.snapshot,
      { type: 'HOSTED', data: { hostedOn: '2026-09-29' } },
      sh('2026-09-30T09:00'),
      { calendar: closed },
    );
    // 30 Sep, (8–9 Oct closed), 10 Oct (调休), 12 Oct.
    expect(local(timerOf(next.effects)!.dueAt)).toBe('2026-10-12 17:00');
  });

  it('a hosting date long past is due at once', () => {
    const compiled = compile(spec(), standardRegistry);
    const first = start(compiled, {}, sh('2026-03-20T10:00'), 'staff');
    const next = step(
      compiled,
      first.snapshot,
      { type: 'HOSTED', data: { hostedOn: '2026-03-02' } },
      sh('2026-03-20T10:00'),
    );
    expect(timerOf(next.effects)!.delayMs).toBe(0);
  });

  it('refuses an event whose deadline falls in a year the holiday data does not cover', () => {
    const compiled = compile(spec(), standardRegistry);
    const first = start(compiled, {}, sh('2026-12-28T10:00'), 'staff');
    try {
      step(compiled, first.snapshot, { type: 'HOSTED', data: { hostedOn: '2026-12-29' } }, sh('2026-12-29T10:00'));
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(EventRejectedError);
      expect((e as EventRejectedError).reason).toBe('refused');
      expect((e as EventRejectedError).errors[0]).toMatchObject({
        code: 'calendar-year-not-covered',
        params: { calendar: 'mon-fri', year: 2027 },
      });
    }
  });

  it('a missing date is invalid data naming the context field', () => {
    const compiled = compile(spec(), standardRegistry);
    const first = start(compiled, {}, sh('2026-03-10T10:00'), 'staff');
    try {
      step(compiled, first.snapshot, { type: 'HOSTED', data: {} }, sh('2026-03-10T10:00'));
      throw new Error('expected a rejection');
    } catch (e) {
      expect((e as EventRejectedError).reason).toBe('invalid-data');
      expect((e as EventRejectedError).errors[0]).toMatchObject({ path: '/hostedOn', code: 'invalid-date' });
    }
  });

  it('reports malformed working delays and calendars with stable codes and paths', () => {
    const bad = spec({
      calendar: 'Mon Fri',
      delays: {
        settle: { working: 'P1W', from: 'yesterday' },
        reply: { until: 'end-of-year' },
        P3D: { working: 'P3D' },
      } as never,
    });
    const problems = validateDefinition(bad, standardRegistry).errors.map((p) => `${p.path} ${p.code}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'meta.calendar invalid-calendar',
        'meta.delays.settle.working invalid-working-delay',
        'meta.delays.settle.from invalid-working-delay',
        'meta.delays.reply.until invalid-working-delay',
        'meta.delays.P3D invalid-working-delay',
      ]),
    );
    const unknownKey = spec();
    unknownKey.states.claiming.after = { setle: { target: 'overdue' } };
    expect(validateDefinition(unknownKey, standardRegistry).errors.map((p) => `${p.path} ${p.code}`)).toContain(
      'states.claiming.after.setle invalid-delay',
    );
  });

  it('an unknown calendar key is refused, not guessed', () => {
    const compiled = compile(spec({ calendar: 'branch-office' }), standardRegistry);
    expect(() => start(compiled, {}, sh('2026-03-10T10:00'), 'staff')).toThrow(
      expect.objectContaining({ reason: 'refused' }),
    );
    const own = { ...MON_FRI_CALENDAR, key: 'branch-office' };
    expect(start(compiled, {}, sh('2026-03-10T10:00'), 'staff', { calendar: own }).state).toBe('open');
  });
});
