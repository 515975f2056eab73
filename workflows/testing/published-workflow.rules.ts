import { validateDefinition } from '@liucheng/engine';
import { workflowRegistry } from '../registry/workflow-registry';
import type { WorkflowSpec } from '@liucheng/engine';
import { conventionProblems } from './definition-conventions';
import { isUserOnly, runScenario } from './run-scenario';
import type { Scenario } from './scenario.types';

/** Keys of the top-level final states: where a finished instance of `spec` can end. */
export function topLevelFinals(spec: WorkflowSpec): string[] {
  return Object.entries(spec.states)
    .filter(([, state]) => state.type === 'final')
    .map(([key]) => key);
}

/** One test per scenario, walked through the pure engine with {@link runScenario}. */
export function itWalksEveryScenario(spec: WorkflowSpec, scenarios: Scenario[]): void {
  it.each(scenarios.map((s) => [s.name, s] as const))('scenario: %s', (_name, scenario) => {
    runScenario(spec, scenario);
  });
}

/**
 * The tests every published workflow shares, declared inside the caller's `describe`:
 * valid against the default registry, every scenario walks, every top-level final state is
 * reached by some scenario, and one scenario can be walked by users alone (no timers).
 */
export function itBehavesAsAPublishedWorkflow(spec: WorkflowSpec, scenarios: Scenario[]): void {
  it('validates against the default registry', () => {
    expect(validateDefinition(spec, workflowRegistry)).toEqual({ ok: true, errors: [], warnings: [] });
  });

  itWalksEveryScenario(spec, scenarios);

  it('reaches every final state in some scenario, and has a scenario without timers', () => {
    const reached = scenarios.filter((s) => s.expectStatus === 'done').map((s) => s.expectState);
    expect(new Set(reached)).toEqual(new Set(topLevelFinals(spec)));
    expect(scenarios.some(isUserOnly)).toBe(true);
  });
}

/**
 * The tests of a workflow checked against the house conventions, declared inside the
 * caller's `describe`: valid against the default registry, bilingual titles, tasks and
 * canonical roles ({@link conventionProblems}), and every scenario walks.
 */
export function itIsAConventionalWorkflow(spec: WorkflowSpec, scenarios: Scenario[]): void {
  it('is a valid definition against the default registry', () => {
    expect(validateDefinition(spec, workflowRegistry)).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it('follows the house conventions (bilingual titles, tasks, canonical roles)', () => {
    expect(conventionProblems(spec)).toEqual([]);
  });

  itWalksEveryScenario(spec, scenarios);
}
