import { loadDefinition } from '../testing/load-definition';
import { itBehavesAsAPublishedWorkflow } from '../testing/published-workflow.rules';
import { rejectionOf } from '../testing/rejection';
import { days, ScenarioWalker } from '../testing/run-scenario';
import { scenarios } from './channel-partner.scenarios';

const spec = loadDefinition('channel-partner');
const input = {
  partnerName: '某代理商',
  channelType: 'agent',
  coverage: '长沙',
  experienceYears: 3,
  reputation: '良好',
};
const agreement = { agreementNo: 'QD-1', rights: '代理权', duties: '销售目标', revenueSharePercent: 10 };

const cooperating = (): ScenarioWalker => {
  const walker = ScenarioWalker.of(spec);
  walker.start(input, 'bizdev');
  walker.send('SELECT', 'bizdev', { coverageScore: 3, experienceScore: 3, reputationScore: 3 });
  walker.send('LEADERSHIP_APPROVE', 'leader', {});
  walker.send('SIGN_AGREEMENT', 'sales', agreement);
  return walker;
};

describe('channel-partner (渠道合作伙伴管理)', () => {
  itBehavesAsAPublishedWorkflow(spec, scenarios);

  it('schedules the periodic evaluation 90 days after the agreement', () => {
    expect(cooperating().timer('context.evaluationInterval').delayMs).toBe(days(90));
  });

  it('cancels the periodic timer when an evaluation is started early, and schedules it again on continue', () => {
    const walker = cooperating();
    walker.send('EVALUATE_NOW', 'bizdev');
    expect(walker.timers.size).toBe(0);
    walker.send('CONTINUE', 'bizdev', { score: 80 });
    expect(walker.timer('context.evaluationInterval').delayMs).toBe(days(90));
  });

  it.each([
    ['an unknown channel type', { ...input, channelType: 'franchise' }],
    ['a missing reputation', { partnerName: 'x', channelType: 'direct', coverage: 'y', experienceYears: 1 }],
  ])('refuses to start with %s', (_name, data) => {
    expect(rejectionOf(() => ScenarioWalker.of(spec).start(data, 'bizdev')).reason).toBe('invalid-data');
  });

  it.each([
    ['a revenue share above 100%', { ...agreement, revenueSharePercent: 120 }],
    ['an agreement without duties', { agreementNo: 'QD-1', rights: 'r', revenueSharePercent: 10 }],
  ])('refuses %s', (_name, data) => {
    const walker = ScenarioWalker.of(spec);
    walker.start(input, 'bizdev');
    walker.send('SELECT', 'bizdev', { coverageScore: 3, experienceScore: 3, reputationScore: 3 });
    walker.send('LEADERSHIP_APPROVE', 'leader', {});
    expect(rejectionOf(() => walker.send('SIGN_AGREEMENT', 'sales', data)).reason).toBe('invalid-data');
  });

  describe('报公司领导批准 (the channel plan goes to the company leadership)', () => {
    const selected = (): ScenarioWalker => {
      const walker = ScenarioWalker.of(spec);
      walker.start(input, 'bizdev');
      walker.send('SELECT', 'bizdev', { coverageScore: 3, experienceScore: 3, reputationScore: 3 });
      return walker;
    };

    it('puts the selected channel before the leadership, not straight into an agreement', () => {
      const error = rejectionOf(() => selected().send('SIGN_AGREEMENT', 'sales', agreement));
      expect(error.reason).toBe('not-accepted');
      expect(error.acceptedEvents).toEqual(['LEADERSHIP_APPROVE', 'LEADERSHIP_REJECT']);
    });

    it('gives the approval task to the company leadership (leader)', () => {
      expect(spec.states.leadershipApproval.meta?.task?.candidateRoles).toEqual(['leader']);
    });

    it('requires a reason to refuse', () => {
      expect(rejectionOf(() => selected().send('LEADERSHIP_REJECT', 'leader', {})).reason).toBe('invalid-data');
    });
  });

  it('cannot terminate without an evaluation', () => {
    const error = rejectionOf(() => cooperating().send('TERMINATE', 'bizdev', { score: 10, reason: '无' }));
    expect(error.reason).toBe('not-accepted');
    expect(error.acceptedEvents).toEqual(['EVALUATE_NOW']);
  });
});
