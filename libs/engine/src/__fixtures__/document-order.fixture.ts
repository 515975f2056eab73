import type { StateSpec, WorkflowSpec } from '../definition/definition.types';
import { makeSpec } from './spec-builder.fixture';

/** A definition whose parallel regions are written out of `jsonb` key order, and events to send. */
export interface OrderScenario {
  name: string;
  spec: WorkflowSpec;
  events: string[];
  /** The configuration after the first event, in document order (SCXML's rule). */
  afterFirst: unknown;
}

const log = (value: string) => ({ type: 'append', params: { to: 'log', value } });
const final: StateSpec = { type: 'final' };

/**
 * `jsonb` orders object keys by length, then bytes; every scenario writes its regions the
 * other way round, so a snapshot read back from `jsonb` lists them in a different order.
 */
export const orderScenarios: OrderScenario[] = [
  {
    name: 'two regions handle the same event and conflict (d written before c)',
    spec: makeSpec({
      p: {
        type: 'parallel',
        states: {
          d: {
            initial: 'd1',
            states: { d1: { on: { T: 'd2' } }, d2: { on: { BACK: 'd1' } } },
          },
          c: { initial: 'c1', states: { c1: { on: { T: '#wf.out' } } } },
        },
      },
      out: final,
    }),
    events: ['T', 'BACK', 'T', 'T'],
    afterFirst: { p: { d: 'd2', c: 'c1' } },
  },
  {
    name: 'nested parallel regions, longer names first',
    spec: makeSpec({
      review: {
        type: 'parallel',
        states: {
          finance: {
            type: 'parallel',
            states: {
              zed: { initial: 'z1', states: { z1: { on: { GO: 'z2' } }, z2: { on: { GO: '#wf.rejected' } } } },
              ab: { initial: 'a1', states: { a1: { on: { GO: '#wf.approved' } } } },
            },
          },
          hr: { initial: 'h1', states: { h1: { on: { GO: 'h2' } }, h2: final } },
        },
      },
      approved: final,
      rejected: final,
    }),
    events: ['GO', 'GO'],
    afterFirst: { review: { finance: { zed: 'z2', ab: 'a1' }, hr: 'h2' } },
  },
  {
    name: 'regions handle the same event without conflict; actions run in document order',
    spec: makeSpec(
      {
        both: {
          type: 'parallel',
          states: {
            legal: {
              initial: 'open',
              states: { open: { on: { OK: { target: 'done', actions: [log('legal')] } } }, done: final },
            },
            hr: {
              initial: 'open',
              states: { open: { on: { OK: { target: 'done', actions: [log('hr')] } } }, done: final },
            },
          },
          onDone: 'signed',
        },
        signed: final,
      },
      { context: { log: [] } },
    ),
    events: ['OK'],
    afterFirst: 'signed',
  },
  {
    name: 'shallow and deep history inside regions',
    spec: makeSpec({
      work: {
        type: 'parallel',
        states: {
          tracking: {
            initial: 't1',
            states: { t1: { on: { NEXT: 't2' } }, t2: { on: { NEXT: '#wf.cancelled' } }, back: { type: 'history' } },
          },
          writing: {
            initial: 'draft',
            states: {
              draft: { on: { NEXT: 'review' } },
              review: { initial: 'r1', states: { r1: { on: { NEXT: 'r2' } }, r2: { on: { NEXT: '#wf.done' } } } },
              hist: { type: 'history', history: 'deep' },
            },
          },
        },
        on: { PAUSE: 'paused' },
      },
      paused: { on: { RESUME: { target: ['#wf.work.tracking.back', '#wf.work.writing.hist'] } } },
      done: final,
      cancelled: final,
    }),
    events: ['NEXT', 'PAUSE', 'RESUME', 'NEXT'],
    afterFirst: { work: { tracking: 't2', writing: { review: 'r1' } } },
  },
];

/** A JSON copy with every object's keys in PostgreSQL `jsonb` order: shorter first, then by bytes. */
export function jsonbOrdered<T>(value: T): T {
  if (Array.isArray(value)) return value.map(jsonbOrdered) as T;
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value).sort(jsonbKeyOrder);
  return Object.fromEntries(keys.map((k) => [k, jsonbOrdered((value as Record<string, unknown>)[k])])) as T;
}

const utf8 = new TextEncoder();

function jsonbKeyOrder(a: string, b: string): number {
  const [x, y] = [utf8.encode(a), utf8.encode(b)];
  if (x.length !== y.length) return x.length - y.length;
  const i = x.findIndex((byte, k) => byte !== y[k]);
  return i < 0 ? 0 : x[i] - y[i];
}
