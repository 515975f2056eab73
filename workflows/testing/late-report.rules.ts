import type { JsonObject, WorkflowSpec } from '@liucheng/engine';
import { problemText, rejectionOf } from './rejection';
import { ScenarioWalker } from './run-scenario';
import { itIsAConventionalWorkflow } from './published-workflow.rules';
import type { Scenario } from './scenario.types';

/** What differs between the weekly and the monthly report (每次罚款20元 applies to both). */
export interface LateReportCase {
  spec: WorkflowSpec;
  scenarios: Scenario[];
  input: JsonObject;
  /** A complete SUBMIT form. */
  report: JsonObject;
  /** The `after` key of the deadline (default `context.submissionWindow`). */
  deadlineKey?: string;
  /** The default submission window in milliseconds after opening, or… */
  windowMs?: number;
  /** …the deadline itself (ISO UTC) for a report opened at the scenario epoch. */
  dueAt?: string;
  /** A required field of the report form. */
  requiredField: string;
  /** A start input field and a bad value for it. */
  badInput: [string, unknown];
}

/** The shared tests of a report that is due by a deadline and fined ¥20 when late. */
export function describeLateReportRules(c: LateReportCase): void {
  const deadline = c.deadlineKey ?? 'context.submissionWindow';
  const open = (spec: WorkflowSpec = c.spec): ScenarioWalker => {
    const walker = ScenarioWalker.of(spec);
    walker.start(c.input, 'staff');
    return walker;
  };

  itIsAConventionalWorkflow(c.spec, c.scenarios);

  describe('deadline and fine (每次罚款20元)', () => {
    it('schedules the deadline when the report opens', () => {
      const walker = open();
      const timer = walker.timer(deadline);
      if (c.windowMs !== undefined) expect(timer.delayMs).toBe(c.windowMs);
      if (c.dueAt !== undefined) expect(timer.dueAt).toBe(c.dueAt);
      expect(c.windowMs ?? c.dueAt).toBeDefined();
      expect(Date.parse(timer.dueAt) - walker.now.getTime()).toBe(timer.delayMs);
    });

    it('shows the same deadline as the due time of the writing task', () => {
      const walker = open();
      const dueAt = walker.timer(deadline).dueAt;
      expect(walker.current.effects).toContainEqual(
        expect.objectContaining({ kind: 'openTask', statePath: 'writing', dueAt }),
      );
    });

    it('handing in before the deadline cancels it: no fine', () => {
      const walker = open();
      walker.send('SUBMIT', 'staff', c.report);
      expect(walker.timers.size).toBe(0);
      expect(walker.current.context).toMatchObject({ late: false, fines: [], fineTotal: 0 });
    });

    it('records the fine when the deadline passes, stamped by the system at the due time, and tells staff and manager', () => {
      const walker = open();
      const dueAt = walker.timer(deadline).dueAt;
      const result = walker.fireTimer(deadline);
      expect(result.state).toBe('late');
      expect(result.context).toMatchObject({ fineTotal: 20, fines: [{ amount: 20, by: 'system', at: dueAt }] });
      const recipients = result.effects
        .filter((e) => e.kind === 'notify')
        .map((e) => (e.kind === 'notify' ? e.to : ''));
      expect(recipients.sort()).toEqual(['starter', 'starter.manager']);
    });

    it('fines the amount the process owner set in the context', () => {
      const lateFine = { ...(c.spec.context?.lateFine as JsonObject), amount: 50 };
      const walker = open({ ...c.spec, context: { ...c.spec.context, lateFine } });
      const result = walker.fireTimer(deadline);
      expect(result.context).toMatchObject({ fineTotal: 50, fines: [{ amount: 50 }] });
    });

    it('fines a report only once: a late report sent back for revision has no new deadline', () => {
      const walker = open();
      walker.fireTimer(deadline);
      walker.send('SUBMIT', 'staff', c.report);
      walker.send('RETURN', 'leader', { comment: '请补充' });
      expect(walker.current.state).toBe('revising');
      expect(walker.timers.size).toBe(0);
      expect(walker.current.context).toMatchObject({ fineTotal: 20 });
    });
  });

  describe('rejections', () => {
    it('refuses a review before the report is handed in', () => {
      const error = rejectionOf(() => open().send('ACCEPT', 'leader', {}));
      expect(error.reason).toBe('not-accepted');
      expect(error.acceptedEvents).toEqual(['SUBMIT']);
    });

    it('refuses a report without a required field, naming it', () => {
      const report = { ...c.report };
      delete report[c.requiredField];
      const error = rejectionOf(() => open().send('SUBMIT', 'staff', report));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain(c.requiredField);
    });

    it('refuses a send-back without a comment', () => {
      const walker = open();
      walker.send('SUBMIT', 'staff', c.report);
      const error = rejectionOf(() => walker.send('RETURN', 'leader', {}));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain('comment');
    });

    it('refuses a bad start input, naming the field', () => {
      const [field, value] = c.badInput;
      const walker = ScenarioWalker.of(c.spec);
      const error = rejectionOf(() => walker.start({ ...c.input, [field]: value }, 'staff'));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain(field);
    });
  });
}
