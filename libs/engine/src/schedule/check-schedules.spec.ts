import { validateDefinition } from '../definition/validate-definition';
import { standardRegistry } from '../registry/standard-registry';

function spec(schedules: unknown): Record<string, unknown> {
  return {
    id: 'sched',
    initial: 'a',
    meta: {
      title: { zh: '定时', en: 'Scheduled' },
      input: { type: 'object', required: ['year'], properties: { year: { type: 'integer' } } },
      schedules,
    },
    states: { a: { type: 'final', meta: { title: { zh: '完', en: 'Done' } } } },
  };
}
const good = {
  key: 'yearly',
  title: { zh: '年度', en: 'Yearly' },
  rule: { kind: 'last-week-of-month', months: [12], at: '09:00' },
  people: { kind: 'everyone' },
  input: { year: '{year}' },
};
const codes = (schedules: unknown) =>
  validateDefinition(spec(schedules), standardRegistry).errors.map((p) => `${p.path} ${p.code}`);

describe('meta.schedules validation', () => {
  it('accepts a calendar rule, a cron rule and input that fits meta.input', () => {
    expect(
      codes([good, { ...good, key: 'cron', rule: { kind: 'cron', cron: '0 9 * * 1-5', workingDaysOnly: true } }]),
    ).toEqual([]);
  });

  it('names the field of each problem with a stable code', () => {
    expect(codes({})).toEqual(['meta.schedules invalid-schedules']);
    expect(
      codes([
        { ...good, key: 'Bad Key' },
        good,
        { ...good },
        { ...good, key: 'c', rule: { kind: 'cron', cron: '0 25 * * *' } },
        { ...good, key: 'd', rule: { kind: 'cron', cron: '0 9 * *' } },
        { ...good, key: 'e', rule: { kind: 'hourly' } },
        { ...good, key: 'f', rule: { kind: 'first-working-day-of-month', at: '8:00' } },
        { ...good, key: 'g', rule: { kind: 'last-week-of-month', at: '09:00', months: [13] } },
        { ...good, key: 'h', people: { kind: 'role' } },
        { ...good, key: 'i', people: { kind: 'users', users: [] } },
        { ...good, key: 'j', input: { year: '{decade}' } },
        { ...good, key: 'k', input: { year: 'this year' } },
        { ...good, key: 'l', title: { zh: '', en: 'L' } },
      ]),
    ).toEqual([
      'meta.schedules.0.key invalid-schedule-key',
      'meta.schedules.2.key duplicate-schedule-key',
      'meta.schedules.3.rule.cron invalid-cron',
      'meta.schedules.4.rule.cron invalid-cron',
      'meta.schedules.5.rule invalid-schedule-rule',
      'meta.schedules.6.rule.at invalid-schedule-rule',
      'meta.schedules.7.rule.months invalid-schedule-rule',
      'meta.schedules.8.people.role invalid-schedule-people',
      'meta.schedules.9.people.users invalid-schedule-people',
      'meta.schedules.10.input invalid-schedule-input',
      'meta.schedules.11.input.year invalid-schedule-input',
      'meta.schedules.12.title.zh empty-text',
    ]);
  });
});
