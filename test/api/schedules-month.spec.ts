// The seed weekly and monthly reports left running over a simulated month around National Day
// 2026 (copies under their own keys, for two staff members): every report starts by itself on the
// right working day, the one handed in on time is never fined, and the one nobody opened is
// fined ¥20 at its deadline. Time moves by an injected clock; nothing sleeps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isWorkday } from 'chinese-days';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ScheduleRunnerService } from '../../apps/api/src/schedules/schedule-runner.service';
import { TimersService } from '../../apps/api/src/timers/timers.service';
import { mutableClock } from './support/notify-definitions';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** A seed workflow under a test key, started for `people` only (the demo database has more staff). */
function seedCopy(folder: string, key: string, people: string[]): Record<string, unknown> {
  const spec = JSON.parse(readFileSync(join(__dirname, '../../workflows', folder, 'definition.json'), 'utf8'));
  spec.id = key;
  for (const s of spec.meta.schedules) s.people = { kind: 'users', users: people };
  return spec;
}

const bj = (local: string) => new Date(`${local}+08:00`);
const dayOf = (iso: string | Date) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

describe('a simulated month of scheduled reports (21 Sep – 20 Oct 2026)', () => {
  const weekly = uniqueKey('month-weekly');
  const monthly = uniqueKey('month-monthly');
  const time = mutableClock(bj('2026-09-21T00:00:00'));
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ clock: time.clock, workflowsDir: false });
    db = t.app.get(DataSource);
    await publishSpec(t, weekly, seedCopy('weekly-report', weekly, ['staff', 'staff2']));
    await publishSpec(t, monthly, seedCopy('monthly-report', monthly, ['staff', 'staff2']));
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await t?.close();
  });

  const mine = async () =>
    (await db.query(
      `SELECT i.id, i.definition_key, i.started_by, i.state, i.created_at, i.snapshot FROM instances i
         WHERE i.definition_key = ANY($1) ORDER BY i.created_at, i.started_by`,
      [[weekly, monthly]],
    )) as {
      id: string;
      definition_key: string;
      started_by: string;
      state: string;
      created_at: Date;
      snapshot: { context: Record<string, unknown> };
    }[];

  /** The worker's look, then every timer of these instances that is due (as the timer worker would). */
  async function tick(at: Date): Promise<void> {
    time.advance(at.getTime() - time.clock().getTime());
    const runner = t.app.get(ScheduleRunnerService);
    await runner.runDue(weekly);
    await runner.runDue(monthly);
    const due = (await db.query(
      `SELECT t.instance_id, t.timer_id FROM timers t JOIN instances i ON i.id = t.instance_id
         WHERE i.definition_key = ANY($1) AND t.status = 'scheduled' AND t.due_at <= $2 ORDER BY t.due_at`,
      [[weekly, monthly], at.toISOString()],
    )) as { instance_id: string; timer_id: string }[];
    for (const d of due) await t.app.get(TimersService).fire(d.instance_id, d.timer_id);
  }

  /** staff hands in whatever is open; staff2 never does. */
  async function staffHandsIn(): Promise<void> {
    const auth = await t.auth('staff');
    for (const i of await mine()) {
      if (i.started_by !== 'staff' || i.state !== 'writing') continue;
      const report = { summary: '总结', marketDynamics: '动态', competitorInfo: '竞品' };
      const data = i.definition_key === weekly ? { ...report, nextWeekPlan: '计划' } : { ...report, plan: '计划' };
      await request(t.http).post(`/api/instances/${i.id}/events`).set(auth).send({ type: 'SUBMIT', data }).expect(200);
    }
  }

  it('starts every report by itself on a working day, and fines only the ones not handed in', async () => {
    for (
      let day = bj('2026-09-21T00:00:00');
      day < bj('2026-10-21T00:00:00');
      day = new Date(day.getTime() + 86_400_000)
    ) {
      const ymd = dayOf(day);
      await tick(bj(`${ymd}T08:00:00`));
      await tick(bj(`${ymd}T12:00:00`));
      await staffHandsIn();
      await tick(bj(`${ymd}T17:00:00`));
    }
    const all = await mine();
    const weeklies = all.filter((i) => i.definition_key === weekly);
    // Thu 24 Sep (Fri 25th is Mid-Autumn), Wed 30 Sep (before National Day), Sat 10 Oct (调休), Fri 16 Oct.
    expect([...new Set(weeklies.map((i) => dayOf(i.created_at)))]).toEqual([
      '2026-09-24',
      '2026-09-30',
      '2026-10-10',
      '2026-10-16',
    ]);
    expect(weeklies.map((i) => i.snapshot.context.weekEnding)).toEqual(weeklies.map((i) => dayOf(i.created_at)));
    for (const i of all) expect(isWorkday(dayOf(i.created_at))).toBe(true);

    for (const i of weeklies) {
      const { fineTotal, fines } = i.snapshot.context as { fineTotal: number; fines: { at: string }[] };
      if (i.started_by === 'staff') {
        expect([i.state, fineTotal]).toEqual(['review', 0]);
      } else {
        // Fined ¥20 at 17:00 of the week's last working day, although nobody opened it.
        expect(fineTotal).toBe(20);
        expect(fines.map((f) => f.at)).toEqual([bj(`${dayOf(i.created_at)}T17:00:00`).toISOString()]);
      }
    }
    // Not handed in P7D after the deadline: closed as missing (16 Oct's deadline + P7D is after 20 Oct).
    expect(weeklies.filter((i) => i.started_by === 'staff2').map((i) => i.state)).toEqual([
      'missing',
      'missing',
      'missing',
      'late',
    ]);

    // The monthly report for September starts on 8 Oct, the first working day after National Day.
    const monthlies = all.filter((i) => i.definition_key === monthly);
    expect(monthlies.map((i) => [dayOf(i.created_at), i.started_by, i.snapshot.context.month])).toEqual([
      ['2026-10-08', 'staff', '2026-09'],
      ['2026-10-08', 'staff2', '2026-09'],
    ]);
    expect(monthlies.map((i) => i.snapshot.context.fineTotal)).toEqual([0, 20]);

    const history = await request(t.http)
      .get(`/api/instances/${monthlies[1].id}/history`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(history.body.items.map((e: { type: string; actor: string }) => `${e.type} ${e.actor}`)[0]).toBe(
      '@start system',
    );
  });
});
