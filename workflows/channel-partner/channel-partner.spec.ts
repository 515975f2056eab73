import { defaultRegistry, EventRejectedError, validateDefinition } from '@liucheng/engine';
import { loadDefinition } from '../testing/load-definition';
import { days, isUserOnly, runScenario, ScenarioWalker } from '../testing/run-scenario';
import { scenarios } from './channel-partner.scenarios';

const spec = loadDefinition('channel-partner');
const finals = Object.entries(spec.states)
  .filter(([, state]) => state.type === 'final')
  .map(([key]) => key);
const input = {
  partnerName: '某代理商',
  channelType: 'agent',
  coverage: '长沙',
  experienceYears: 3,
  reputation: '良好',
};
const agreement = { agreementNo: 'QD-1', rights: '代理权', duties: '销售目标', revenueSharePercent: 10 };

function rejection(run: () => unknown): EventRejectedError {
  try {
    run();
  } catch (error) {
    if (error instanceof EventRejectedError) return error;
    throw error;
  }
  throw new Error('expected the event to be rejected');
}

const cooperating = (): ScenarioWalker => {
  const walker = ScenarioWalker.of(spec);
  walker.start(input, 'bizdev');
  walker.send('SELECT', 'bizdev', { coverageScore: 3, experienceScore: 3, reputationScore: 3 });
  walker.send('SIGN_AGREEMENT', 'sales', agreement);
  return walker;
};

describe('channel-partner (渠道合作伙伴管理)', () => {
  it('validates against the default registry', () => {
    expect(validateDefinition(spec, defaultRegistry)).toEqual({ ok: true, errors: [] });
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('scenario: %s', (_name, scenario) => {
    runScenario(spec, scenario);
  });

  it('reaches every final state in some scenario, and has a scenario without timers', () => {
    const reached = scenarios.filter((s) => s.expectStatus === 'done').map((s) => s.expectState);
    expect(new Set(reached)).toEqual(new Set(finals));
    expect(scenarios.some(isUserOnly)).toBe(true);
  });

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
    expect(rejection(() => ScenarioWalker.of(spec).start(data, 'bizdev')).reason).toBe('invalid-data');
  });

  it.each([
    ['a revenue share above 100%', { ...agreement, revenueSharePercent: 120 }],
    ['an agreement without duties', { agreementNo: 'QD-1', rights: 'r', revenueSharePercent: 10 }],
  ])('refuses %s', (_name, data) => {
    const walker = ScenarioWalker.of(spec);
    walker.start(input, 'bizdev');
    walker.send('SELECT', 'bizdev', { coverageScore: 3, experienceScore: 3, reputationScore: 3 });
    expect(rejection(() => walker.send('SIGN_AGREEMENT', 'sales', data)).reason).toBe('invalid-data');
  });

  it('cannot terminate without an evaluation', () => {
    const error = rejection(() => cooperating().send('TERMINATE', 'bizdev', { score: 10, reason: '无' }));
    expect(error.reason).toBe('not-accepted');
    expect(error.acceptedEvents).toEqual(['EVALUATE_NOW']);
  });
});
