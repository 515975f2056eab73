import type { WorkflowSpec } from '@liucheng/engine';
import { workflowDefinitions } from '../../graph/workflow-specs.fixture';
import {
  contextDateFields,
  putWorkingDelay,
  readWorkingChoice,
  workingDelayOf,
  type WorkingChoice,
} from './working-delay-edits';

const specs = new Map(workflowDefinitions().map(([key, , spec]) => [key, spec]));
const spec = (key: string): WorkflowSpec => structuredClone(specs.get(key)!);
const choice = (amount: number, unit: WorkingChoice['unit'], from = 'entry'): WorkingChoice => ({ amount, unit, from });

describe('working-time delays as the designer picks them', () => {
  it.each([
    [choice(3, 'days'), { working: 'P3D' }],
    [choice(4, 'hours'), { working: 'PT4H' }],
    [choice(7, 'days', 'context.hostedOn'), { working: 'P7D', from: 'context.hostedOn' }],
  ])('writes %j as %j and reads it back', (c, delay) => {
    expect(workingDelayOf(c)).toEqual(delay);
    expect(readWorkingChoice(delay)).toEqual(c);
  });

  it.each([
    [{ until: 'end-of-working-week', from: 'context.weekEnding' }],
    [{ working: 'context.settlementWindow', from: 'context.hostedOn' }],
    [{ working: 'PT90M' }],
    [{ working: 'P0D' }],
    [{ working: 'P3D', from: 'yesterday' }],
    ['P3D'],
  ])('does not read %j as a choice (it stays as written)', (delay) => {
    expect(readWorkingChoice(delay)).toBeUndefined();
  });

  it('adds a named delay and the calendar, leaving the input untouched', () => {
    const before = spec('contract-review');
    const frozen = JSON.stringify(before);
    const { spec: next, name } = putWorkingDelay(before, choice(3, 'days'), 'mon-sat');
    expect(name).toBe('working3Days');
    expect(next.meta.delays).toEqual({ working3Days: { working: 'P3D' } });
    expect(next.meta.calendar).toBe('mon-sat');
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('reuses an equal delay and names a different one uniquely', () => {
    const first = putWorkingDelay(spec('contract-review'), choice(2, 'days', 'context.hostedOn'));
    expect(first.name).toBe('working2DaysFromHostedOn');
    expect(putWorkingDelay(first.spec, choice(2, 'days', 'context.hostedOn'))).toEqual(first);
    const clash = {
      ...first.spec,
      meta: { ...first.spec.meta, delays: { working2Days: { until: 'end-of-working-day' } } },
    };
    expect(putWorkingDelay(clash as WorkflowSpec, choice(2, 'days')).name).toBe('working2Days2');
  });

  it('keeps the other delays of the definition', () => {
    const weekly = spec('weekly-report');
    const { spec: next } = putWorkingDelay(weekly, choice(4, 'hours'));
    expect(next.meta.delays).toEqual({ ...weekly.meta.delays, working4Hours: { working: 'PT4H' } });
    expect(next.meta.calendar).toBe('mon-fri');
  });

  it('lists the dates a delay can count from: start-form dates and event dates copied into the context', () => {
    expect(contextDateFields(spec('entertainment-expense'))).toEqual([
      { path: 'context.plannedDate', title: { zh: '计划招待日期', en: 'Planned date' } },
      { path: 'context.hostedOn', title: { zh: '招待日期', en: 'Date hosted' } },
    ]);
    expect(contextDateFields(spec('weekly-report')).map((f) => f.path)).toEqual(['context.weekEnding']);
  });
});
