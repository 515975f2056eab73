// The ledger each shipped workflow's scenarios leave, read through its own meta.ledger: the same
// records its README describes (¥20 per late report, points of a credited lead, penalties).
import { extractLedger, validateDefinition } from '@liucheng/engine';
import { workflowRegistry } from '../registry';
import { loadDefinition, loadScenarios } from './load-definition';
import { runScenario } from './run-scenario';

function ledgerOf(key: string, name: string) {
  const spec = loadDefinition(key);
  const scenario = loadScenarios(key).find((s) => s.name === name);
  if (!scenario) throw new Error(`${key} has no scenario "${name}"`);
  const walker = runScenario(spec, scenario);
  return extractLedger(spec.meta, {
    id: 'instance',
    definitionKey: key,
    startedBy: scenario.starter,
    context: walker.current.context,
  }).map((e) => ({ kind: e.kind, amount: e.amount, person: e.person, unit: e.unit, reason: e.reason.zh }));
}

describe('ledgers of the shipped workflows', () => {
  it.each(['weekly-report', 'monthly-report', 'lead-report', 'report-spot-check', 'business-loss-accountability'])(
    '%s declares a valid meta.ledger',
    (key) => {
      const spec = loadDefinition(key);
      expect(Array.isArray(spec.meta.ledger)).toBe(true);
      expect(validateDefinition(spec, workflowRegistry).errors).toEqual([]);
    },
  );

  it.each(['weekly-report', 'monthly-report'])('%s: a late report is one ¥20 fine of its starter', (key) => {
    expect(ledgerOf(key, 'deadline passes: ¥20 fine recorded, handed in late, accepted')).toEqual([
      { kind: 'fine', amount: 20, person: 'staff', unit: null, reason: expect.stringContaining('罚款20元') },
    ]);
    expect(ledgerOf(key, 'handed in on time and accepted, no fine')).toEqual([]);
  });

  it('lead-report: a credited lead gives its points to the unit named, a rejected one nothing', () => {
    const [entry, ...rest] = ledgerOf('lead-report', 'true and not in tendering: the unit earns the points');
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ kind: 'points', amount: 1, person: 'staff' });
    expect(entry.unit).toEqual(expect.any(String));
    expect(ledgerOf('lead-report', 'not true: rejected, no points')).toEqual([]);
  });

  it('report-spot-check: a falsified report is a penalty of its reporter and unit', () => {
    const entries = ledgerOf(
      'report-spot-check',
      'one report falsified: penalty recorded against person and unit, confirmed',
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'penalty', reason: '报表虚报假报' });
    expect(entries[0].person).toEqual(expect.any(String));
    expect(entries[0].amount).toBeGreaterThan(0);
  });

  it('business-loss-accountability: the unit penalty has no person, the person penalty names one', () => {
    expect(ledgerOf('business-loss-accountability', 'poor delivery: unit and person penalised')).toEqual([
      { kind: 'penalty', amount: 2000, person: null, unit: '株洲项目部', reason: '交付不力造成业务流失' },
      { kind: 'penalty', amount: 500, person: 'staff', unit: '株洲项目部', reason: '交付不力造成业务流失' },
    ]);
  });
});
