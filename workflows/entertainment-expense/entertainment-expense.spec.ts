import { loadDefinition } from '../testing/load-definition';
import { itIsAConventionalWorkflow } from '../testing/published-workflow.rules';
import { problemText, rejectionOf } from '../testing/rejection';
import { ScenarioWalker } from '../testing/run-scenario';
import { invoicePhoto, scenarios, settling } from './entertainment-expense.scenarios';

const spec = loadDefinition('entertainment-expense');
const input = {
  guests: '客户甲',
  guestCount: 2,
  purpose: '项目洽谈',
  estimatedAmount: 600,
  alcohol: false,
  region: 'city',
};

/** Started (at `at`), approved by the leader and hosted on `hostedOn`: the settlement timer is running. */
function hosted(region: string, hostedOn = '2026-03-02', at?: Date): ScenarioWalker {
  const walker = ScenarioWalker.of(spec);
  walker.start({ ...input, region }, 'staff', at);
  walker.send('APPROVE', 'leader', {});
  walker.send('HOSTED', 'staff', { actualAmount: 580, hostedOn });
  return walker;
}

/** An instant as Beijing wall-clock time, `yyyy-MM-dd HH:mm`. */
const beijing = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('entertainment-expense 客户招待费申请与报销', () => {
  itIsAConventionalWorkflow(spec, scenarios);

  describe('settlement deadline (市区不得超出三天核销，县区一个星期内核销), in working days of the hosting date', () => {
    it.each([
      ['city', 'P3D', '2026-03-05 17:00'],
      ['county', 'P7D', '2026-03-11 17:00'],
    ])('%s staff hosting on Monday 2 Mar: due at the close of the %s-th working day, %s', (region, window, due) => {
      const walker = hosted(region);
      const timer = walker.timer('settlementDeadline');
      expect(walker.current.context).toMatchObject({ settlementWindow: window, hostedOn: '2026-03-02' });
      expect(beijing(timer.dueAt)).toBe(due);
      expect(Date.parse(timer.dueAt) - walker.now.getTime()).toBe(timer.delayMs);
      expect(timer.statePath).toBe('settlement.deadline.running');
    });

    it('counts from the hosting date entered, not from the click: hosted Friday, recorded Monday', () => {
      const walker = hosted('city', '2026-02-27');
      // Saturday 28 Feb is a Spring Festival make-up working day (调休), then Mon 2, Tue 3 March.
      expect(beijing(walker.timer('settlementDeadline').dueAt)).toBe('2026-03-03 17:00');
    });

    it('skips National Day and works its 调休 Saturday (city: 30 Sep, 8 Oct, 9 Oct; county: to 14 Oct)', () => {
      const recordedOn = new Date('2026-09-30T01:00:00Z'); // 30 Sep, 09:00 Beijing
      expect(beijing(hosted('city', '2026-09-29', recordedOn).timer('settlementDeadline').dueAt)).toBe(
        '2026-10-09 17:00',
      );
      expect(beijing(hosted('county', '2026-09-29', recordedOn).timer('settlementDeadline').dueAt)).toBe(
        '2026-10-14 17:00',
      );
    });

    it('a hosting date whose window has passed is overdue at once', () => {
      const walker = hosted('city', '2026-02-12'); // the window ended on 24 Feb (Spring Festival in between)
      const timer = walker.timer('settlementDeadline');
      expect(timer.delayMs).toBe(0);
      expect(walker.fireTimer('settlementDeadline').context).toMatchObject({ overdue: true });
    });

    it('refuses a deadline the holiday data cannot count yet (into 2027), saying so', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start(input, 'staff', new Date('2026-12-29T01:00:00Z'));
      walker.send('APPROVE', 'leader', {});
      const error = rejectionOf(() => walker.send('HOSTED', 'staff', { actualAmount: 580, hostedOn: '2026-12-29' }));
      expect(error.reason).toBe('refused');
      expect(error.errors[0]).toMatchObject({ code: 'calendar-year-not-covered', params: { year: 2027 } });
    });

    it('flags the claim overdue and tells the starter’s manager when the deadline passes', () => {
      const walker = hosted('city');
      const result = walker.fireTimer('settlementDeadline');
      expect(result.state).toEqual(settling('reimbursement', 'overdue'));
      expect(result.context).toMatchObject({
        overdue: true,
        flags: [{ code: 'overdue', by: 'system', at: walker.now.toISOString() }],
      });
      expect(walker.now.toISOString()).toBe('2026-03-05T09:00:00.000Z');
      expect(result.effects).toContainEqual(expect.objectContaining({ kind: 'notify', to: 'starter.manager' }));
      expect(result.acceptedEvents.sort()).toEqual(['FOLLOW_UP', 'SUBMIT_CLAIM']);
    });

    it('cancels the deadline timer when the claim is settled in time', () => {
      const walker = hosted('county');
      walker.send('SUBMIT_CLAIM', 'staff', {
        invoiceNumber: 'A1',
        invoiceAmount: 580,
        invoiceType: 'catering',
        invoicePhoto,
      });
      expect(walker.timers.size).toBe(1);
      walker.send('SETTLE', 'finance', {});
      expect(walker.timers.size).toBe(0);
      expect(walker.current.context).toMatchObject({ overdue: false, flags: [] });
    });

    it('keeps the same deadline when finance returns the claim (the timer is on the deadline region, beside the claim)', () => {
      const walker = hosted('city');
      const dueAt = walker.timer('settlementDeadline').dueAt;
      walker.send('SUBMIT_CLAIM', 'staff', {
        invoiceNumber: 'A1',
        invoiceAmount: 580,
        invoiceType: 'catering',
        invoicePhoto,
      });
      walker.send('RETURN', 'finance', { reason: '发票抬头错误' });
      expect(walker.timer('settlementDeadline').dueAt).toBe(dueAt);
    });

    it('lets a process owner change the window through the context default', () => {
      const walker = ScenarioWalker.of({ ...spec, context: { ...spec.context, settlementWindowCity: 'P2D' } });
      walker.start(input, 'staff');
      walker.send('APPROVE', 'leader', {});
      walker.send('HOSTED', 'staff', { actualAmount: 100, hostedOn: '2026-03-02' });
      expect(beijing(walker.timer('settlementDeadline').dueAt)).toBe('2026-03-04 17:00');
    });

    it('refuses a hosting date still to come (it would move the deadline later)', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start(input, 'staff');
      walker.send('APPROVE', 'leader', {});
      const error = rejectionOf(() => walker.send('HOSTED', 'staff', { actualAmount: 580, hostedOn: '2026-03-03' }));
      expect(error.reason).toBe('guard');
      expect(walker.send('HOSTED', 'staff', { actualAmount: 580, hostedOn: '2026-03-02' }).state).toEqual(
        settling('reimbursement'),
      );
    });

    it('needs the hosting date, naming the field', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start(input, 'staff');
      walker.send('APPROVE', 'leader', {});
      const error = rejectionOf(() => walker.send('HOSTED', 'staff', { actualAmount: 580 }));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain('hostedOn');
    });
  });

  describe('overdue: the leader is tasked to follow up (超期标记并督促核销)', () => {
    const claimData = { invoiceNumber: 'A1', invoiceAmount: 580, invoiceType: 'catering', invoicePhoto };

    it('opens a follow-up task for the starter’s manager beside the staff member’s claim task', () => {
      const walker = hosted('city');
      const result = walker.fireTimer('settlementDeadline');
      expect(result.effects).toContainEqual(
        expect.objectContaining({
          kind: 'openTask',
          statePath: 'settlement.deadline.overdue',
          task: expect.objectContaining({
            assignee: 'starter.manager',
            candidateRoles: ['leader'],
            outcomes: ['FOLLOW_UP'],
          }),
        }),
      );
      // The claim task stays open: the staff member can still settle.
      expect(result.effects).not.toContainEqual(
        expect.objectContaining({ kind: 'closeTask', statePath: 'settlement.claim.reimbursement' }),
      );
    });

    it('shows the staff member’s claim task due at the deadline, again after a finance return', () => {
      const walker = hosted('city');
      const dueAt = walker.timer('settlementDeadline').dueAt;
      const claimTask = (effects: typeof walker.current.effects) =>
        effects.find((e) => e.kind === 'openTask' && e.statePath === 'settlement.claim.reimbursement');
      expect(claimTask(walker.current.effects)).toMatchObject({ dueAt });
      walker.send('SUBMIT_CLAIM', 'staff', claimData);
      walker.send('RETURN', 'finance', { reason: '发票抬头错误' });
      expect(claimTask(walker.current.effects)).toMatchObject({ dueAt });
    });

    it('closes the leader’s task when finance settles the claim before the leader acts', () => {
      const walker = hosted('city');
      walker.fireTimer('settlementDeadline');
      walker.send('SUBMIT_CLAIM', 'staff', claimData);
      const settled = walker.send('SETTLE', 'finance', {});
      expect(settled.state).toBe('settled');
      expect(settled.effects).toContainEqual(
        expect.objectContaining({ kind: 'closeTask', statePath: 'settlement.deadline.overdue' }),
      );
      expect(settled.context).toMatchObject({ overdue: true, followUps: [] });
    });

    it('records the leader’s follow-up (stamped) and keeps the claim open for the staff member', () => {
      const walker = hosted('county');
      walker.fireTimer('settlementDeadline');
      const result = walker.send('FOLLOW_UP', 'leader', { decision: 'urged', note: '限3月16日前交票' });
      expect(result.state).toEqual(settling('reimbursement', 'followedUp'));
      expect(result.context).toMatchObject({
        followUps: [{ decision: 'urged', note: '限3月16日前交票', by: 'leader', at: walker.now.toISOString() }],
      });
      expect(result.acceptedEvents).toEqual(['SUBMIT_CLAIM']);
      walker.send('SUBMIT_CLAIM', 'staff', claimData);
      expect(walker.send('SETTLE', 'finance', {}).state).toBe('settled');
    });

    it('refuses a follow-up before the deadline has passed', () => {
      const error = rejectionOf(() => hosted('city').send('FOLLOW_UP', 'leader', { decision: 'urged', note: '催' }));
      expect(error.reason).toBe('not-accepted');
    });

    it.each([
      [{ decision: 'urged' }, 'note'],
      [{ decision: 'fined', note: '罚款' }, 'decision'],
    ])('refuses a follow-up %j, naming the field', (data, field) => {
      const walker = hosted('city');
      walker.fireTimer('settlementDeadline');
      const error = rejectionOf(() => walker.send('FOLLOW_UP', 'leader', data));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain(field);
    });
  });

  describe('alcohol guard (招待用酒应先打公司申请单)', () => {
    it.each([
      [true, 'alcoholApplication'],
      [false, 'hosting'],
    ])('alcohol %s -> %s after the leader approves', (alcohol, next) => {
      const walker = ScenarioWalker.of(spec);
      walker.start({ ...input, alcohol }, 'staff');
      expect(walker.send('APPROVE', 'leader', {}).state).toBe(next);
    });
  });

  describe('rejections', () => {
    it('refuses an event the state does not handle, listing what it accepts', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start(input, 'staff');
      const error = rejectionOf(() => walker.send('SETTLE', 'finance', {}));
      expect(error.reason).toBe('not-accepted');
      expect(error.acceptedEvents.sort()).toEqual(['APPROVE', 'REJECT']);
    });

    it.each([
      [
        'an invoice that is not a catering invoice',
        { invoiceNumber: 'X1', invoiceAmount: 50, invoiceType: 'office', invoicePhoto },
        'invoiceType',
      ],
      [
        'a claim without an invoice number',
        { invoiceAmount: 50, invoiceType: 'catering', invoicePhoto },
        'invoiceNumber',
      ],
      [
        'a zero invoice amount',
        { invoiceNumber: 'X1', invoiceAmount: 0, invoiceType: 'catering', invoicePhoto },
        'invoiceAmount',
      ],
      [
        'a claim without the invoice photo',
        { invoiceNumber: 'X1', invoiceAmount: 50, invoiceType: 'catering' },
        'invoicePhoto',
      ],
      [
        'an invoice photo that is a Word document',
        {
          invoiceNumber: 'X1',
          invoiceAmount: 50,
          invoiceType: 'catering',
          invoicePhoto: {
            ...invoicePhoto,
            contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          },
        },
        'invoicePhoto/contentType',
      ],
    ])('refuses %s, naming the field', (_label, data, field) => {
      const walker = hosted('city');
      const error = rejectionOf(() => walker.send('SUBMIT_CLAIM', 'staff', data));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain(field);
      expect(walker.current.state).toEqual(settling('reimbursement'));
    });

    it('refuses a claim whose invoice amount exceeds the actual amount (a ¥99,999 claim for ¥580 spent)', () => {
      const walker = hosted('city');
      const data = { invoiceNumber: 'X1', invoiceAmount: 99999, invoiceType: 'catering', invoicePhoto };
      const error = rejectionOf(() => walker.send('SUBMIT_CLAIM', 'staff', data));
      expect(error.reason).toBe('guard');
      expect(error.acceptedEvents).toEqual(['SUBMIT_CLAIM']);
      expect(walker.current.state).toEqual(settling('reimbursement'));
      // A cent above is refused too; exactly the actual amount is accepted.
      expect(rejectionOf(() => walker.send('SUBMIT_CLAIM', 'staff', { ...data, invoiceAmount: 580.01 })).reason).toBe(
        'guard',
      );
      expect(walker.send('SUBMIT_CLAIM', 'staff', { ...data, invoiceAmount: 580 }).state).toEqual(
        settling('financeCheck'),
      );
    });

    it("asks the applicant's manager (请示领导): leader for head-office staff, hq for the county branch", () => {
      for (const [starter, manager] of [
        ['staff', 'leader'],
        ['branch-staff', 'hq'],
      ]) {
        const walker = ScenarioWalker.of(spec);
        walker.start(input, starter);
        expect(walker.entries.map((e) => `${e.type}:${e.actor}`)).toEqual([`@start:${starter}`, '@approvers:system']);
        const opened = walker.current.effects.filter((e) => e.kind === 'openTask');
        expect(opened).toEqual([expect.objectContaining({ statePath: 'leaderApproval', assignee: manager })]);
      }
    });

    it('refuses a decision from anyone but the manager', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start(input, 'staff');
      const error = rejectionOf(() => walker.send('APPROVE', 'hq', {}));
      expect(error.errors[0].code).toBe('not-approver');
    });

    it('refuses a withdraw once the leader acted (already-acted), and leaves the instance as it was', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start(input, 'staff');
      walker.send('APPROVE', 'leader', { comment: '同意' });
      const error = rejectionOf(() => walker.send('@withdraw', 'staff', {}));
      expect(error.reason).toBe('refused');
      expect(error.errors[0].code).toBe('already-acted');
      expect(walker.current.state).toBe('hosting');
    });

    it('refuses a withdraw by anyone but the applicant', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start(input, 'staff');
      expect(rejectionOf(() => walker.send('@withdraw', 'leader', {})).errors[0].code).toBe('not-starter');
    });

    it('refuses a rejection without a comment', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start(input, 'staff');
      const error = rejectionOf(() => walker.send('REJECT', 'leader', {}));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain('comment');
    });

    it.each([
      ['region', { ...input, region: 'village' }],
      ['estimatedAmount', { ...input, estimatedAmount: 0 }],
      ['alcohol', { ...input, alcohol: 'yes' }],
    ])('refuses start input with a bad %s', (field, bad) => {
      const walker = ScenarioWalker.of(spec);
      const error = rejectionOf(() => walker.start(bad, 'staff'));
      expect(error.reason).toBe('invalid-data');
      expect(problemText(error)).toContain(field);
    });
  });
});
