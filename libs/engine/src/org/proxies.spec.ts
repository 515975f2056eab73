import { sampleOrg } from '../__fixtures__/org-snapshot.fixture';
import type { OrgProxy, OrgSnapshot } from './org.types';
import { MAX_PROXY_HOPS, activeProxy, applyProxies, proxyActiveAt, proxyCycle, rangesOverlap } from './proxies';

const START = '2026-12-01T00:00:00.000Z';
const END = '2026-12-08T00:00:00.000Z';
const at = (iso: string) => new Date(iso);
const inside = at('2026-12-03T09:00:00.000Z');

const proxy = (principal: string, to: string, startsAt = START, endsAt = END): OrgProxy => ({
  principal,
  proxy: to,
  startsAt,
  endsAt,
});

/** The sample organisation (fin-head, fin-clerk, lead, staff, … active; retired inactive) with proxies. */
function orgWith(...proxies: OrgProxy[]): OrgSnapshot {
  return { ...sampleOrg(), proxies };
}

describe('proxyActiveAt', () => {
  const range = proxy('lead', 'staff');
  it.each([
    ['a millisecond before the start', '2026-11-30T23:59:59.999Z', false],
    ['at the start', START, true],
    ['inside', '2026-12-03T09:00:00.000Z', true],
    ['a millisecond before the end', '2026-12-07T23:59:59.999Z', true],
    ['at the end', END, false],
  ])('%s -> %s', (_name, when, expected) => {
    expect(proxyActiveAt(range, at(when))).toBe(expected);
  });

  it('compares instants, not strings: an offset names the same moment', () => {
    // 2026-12-01 00:00 in Shanghai is 2026-11-30 16:00 UTC.
    const shanghai = proxy('lead', 'staff', '2026-12-01T00:00:00+08:00', '2026-12-02T00:00:00+08:00');
    expect(proxyActiveAt(shanghai, at('2026-11-30T16:00:00.000Z'))).toBe(true);
    expect(proxyActiveAt(shanghai, at('2026-11-30T15:59:59.999Z'))).toBe(false);
  });
});

describe('rangesOverlap', () => {
  it('counts a shared instant, not ranges back to back', () => {
    expect(
      rangesOverlap(proxy('a', 'b', START, END), proxy('a', 'c', '2026-12-07T23:59:59.999Z', '2026-12-09T00:00:00Z')),
    ).toBe(true);
    expect(rangesOverlap(proxy('a', 'b', START, END), proxy('a', 'c', END, '2026-12-09T00:00:00Z'))).toBe(false);
    expect(rangesOverlap(proxy('a', 'c', '2026-11-01T00:00:00Z', START), proxy('a', 'b', START, END))).toBe(false);
    expect(
      rangesOverlap(proxy('a', 'b', START, END), proxy('a', 'c', '2026-12-02T00:00:00Z', '2026-12-03T00:00:00Z')),
    ).toBe(true);
  });
});

describe('activeProxy', () => {
  it('is null without proxies, outside the range, or for someone else', () => {
    expect(activeProxy(sampleOrg(), 'lead', inside)).toBeNull();
    const org = orgWith(proxy('lead', 'staff'));
    expect(activeProxy(org, 'lead', at(END))).toBeNull();
    expect(activeProxy(org, 'lead', at('2026-11-30T23:59:59.999Z'))).toBeNull();
    expect(activeProxy(org, 'staff', inside)).toBeNull();
  });

  it('gives the direct proxy with its range', () => {
    expect(activeProxy(orgWith(proxy('lead', 'staff')), 'lead', at(START))).toEqual({
      principal: 'lead',
      proxy: 'staff',
      startsAt: START,
      endsAt: END,
      via: [],
    });
  });

  it('follows a chain while each proxy is away too, spanning what the whole chain holds', () => {
    const org = orgWith(
      proxy('lead', 'staff'),
      proxy('staff', 'member', '2026-12-02T00:00:00.000Z', '2026-12-05T00:00:00.000Z'),
    );
    expect(activeProxy(org, 'lead', inside)).toEqual({
      principal: 'lead',
      proxy: 'member',
      startsAt: '2026-12-02T00:00:00.000Z',
      endsAt: '2026-12-05T00:00:00.000Z',
      via: ['staff'],
    });
    // Before the second range starts, the chain is one hop.
    expect(activeProxy(org, 'lead', at('2026-12-01T12:00:00.000Z'))?.proxy).toBe('staff');
  });

  it('stops after a few hops', () => {
    const names = ['boss', 'lead', 'staff', 'member', 'fin-head', 'fin-clerk', 'branch-staff', 'loner'];
    const org = orgWith(...names.slice(0, -1).map((name, i) => proxy(name, names[i + 1])));
    const found = activeProxy(org, 'boss', inside);
    expect(found?.proxy).toBe(names[MAX_PROXY_HOPS]);
    expect(found?.via).toHaveLength(MAX_PROXY_HOPS - 1);
  });

  it('survives a loop in the data: stops before repeating anyone', () => {
    const org = orgWith(proxy('lead', 'staff'), proxy('staff', 'member'), proxy('member', 'lead'));
    expect(activeProxy(org, 'lead', inside)).toMatchObject({ proxy: 'member', via: ['staff'] });
    const pair = orgWith(proxy('lead', 'staff'), proxy('staff', 'lead'));
    expect(activeProxy(pair, 'lead', inside)?.proxy).toBe('staff');
    expect(activeProxy(pair, 'staff', inside)?.proxy).toBe('lead');
    expect(activeProxy(orgWith(proxy('lead', 'lead')), 'lead', inside)).toBeNull();
  });

  it('skips an inactive or unknown proxy: the principal keeps the task', () => {
    expect(activeProxy(orgWith(proxy('lead', 'retired')), 'lead', inside)).toBeNull();
    expect(activeProxy(orgWith(proxy('lead', 'nobody')), 'lead', inside)).toBeNull();
    // An inactive second hop ends the chain at the first.
    const org = orgWith(proxy('lead', 'staff'), proxy('staff', 'retired'));
    expect(activeProxy(org, 'lead', inside)).toMatchObject({ proxy: 'staff', via: [] });
  });

  it('takes an active proxy over an inactive one in hand-edited overlapping data, else the earliest start', () => {
    const later = '2026-12-02T00:00:00.000Z';
    expect(activeProxy(orgWith(proxy('lead', 'retired'), proxy('lead', 'member', later)), 'lead', inside)?.proxy).toBe(
      'member',
    );
    expect(activeProxy(orgWith(proxy('lead', 'member', later), proxy('lead', 'staff')), 'lead', inside)?.proxy).toBe(
      'staff',
    );
  });
});

describe('applyProxies', () => {
  it('replaces the approvers who are away, keeping the order', () => {
    const org = orgWith(proxy('lead', 'member'));
    expect(applyProxies(['fin-head', 'lead', 'boss'], org, inside)).toEqual([
      { user: 'fin-head' },
      { user: 'member', onBehalfOf: 'lead', proxyUntil: END },
      { user: 'boss' },
    ]);
    expect(applyProxies(['fin-head', 'lead'], org, at(END))).toEqual([{ user: 'fin-head' }, { user: 'lead' }]);
  });

  it('keeps one slot when the proxy is an approver already: their own, at the first place', () => {
    const org = orgWith(proxy('lead', 'fin-head'));
    expect(applyProxies(['lead', 'boss', 'fin-head'], org, inside)).toEqual([{ user: 'fin-head' }, { user: 'boss' }]);
    expect(applyProxies(['fin-head', 'lead'], org, inside)).toEqual([{ user: 'fin-head' }]);
  });

  it('keeps the first principal when one proxy stands in for two, and drops repeated approvers', () => {
    const org = orgWith(proxy('lead', 'member'), proxy('boss', 'member'));
    expect(applyProxies(['boss', 'lead', 'boss'], org, inside)).toEqual([
      { user: 'member', onBehalfOf: 'boss', proxyUntil: END },
    ]);
  });

  it('records the end of the whole chain as proxyUntil', () => {
    const org = orgWith(proxy('lead', 'staff'), proxy('staff', 'member', START, '2026-12-04T00:00:00.000Z'));
    expect(applyProxies(['lead'], org, inside)).toEqual([
      { user: 'member', onBehalfOf: 'lead', proxyUntil: '2026-12-04T00:00:00.000Z' },
    ]);
  });
});

describe('proxyCycle', () => {
  it('finds A→B while B→A overlaps', () => {
    expect(proxyCycle([proxy('b', 'a', '2026-12-07T00:00:00Z', '2026-12-10T00:00:00Z')], proxy('a', 'b'))).toEqual([
      'a',
      'b',
      'a',
    ]);
  });

  it('does not count ranges that never hold at once', () => {
    expect(proxyCycle([proxy('b', 'a', END, '2026-12-10T00:00:00Z')], proxy('a', 'b'))).toBeNull();
    expect(proxyCycle([proxy('b', 'c')], proxy('a', 'b'))).toBeNull();
  });

  it('finds a longer loop only when every link holds at one instant', () => {
    const links = [proxy('b', 'c', START, '2026-12-03T00:00:00Z'), proxy('c', 'a', '2026-12-02T00:00:00Z', END)];
    expect(proxyCycle(links, proxy('a', 'b'))).toEqual(['a', 'b', 'c', 'a']);
    const apart = [proxy('b', 'c', START, '2026-12-02T00:00:00Z'), proxy('c', 'a', '2026-12-02T00:00:00Z', END)];
    expect(proxyCycle(apart, proxy('a', 'b'))).toBeNull();
  });

  it('ends on a loop among others that does not come back', () => {
    expect(proxyCycle([proxy('b', 'c'), proxy('c', 'b')], proxy('a', 'b'))).toBeNull();
  });
});
