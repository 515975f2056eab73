import type { ApprovalSpec } from '../approval/approval.types';
import { compile } from '../compile/compile';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import type { WorkflowSpec } from '../definition/definition.types';
import { hashEntry, GENESIS_HASH } from '../history/hash-chain';
import type { StoredEntry } from '../history/history.types';
import { verifyHistory } from '../history/verify-history';
import { standardRegistry } from '../registry/standard-registry';
import { replay } from '../runtime/replay';
import type { JsonObject } from '../definition/definition.types';
import type { RecordedEvent, StepResult } from '../runtime/runtime.types';
import { start } from '../runtime/start';
import { step } from '../runtime/step';

const text = (zh: string, en: string) => ({ zh, en });

/**
 * A purchase request: the starter drafts, `review` is an approval (its settings given per test),
 * then `legal` decides alone (或签 by one user); 撤回 to `withdrawn` before any approver acted.
 */
export function approvalSpec(review: Partial<ApprovalSpec>, meta: Partial<WorkflowSpec['meta']> = {}): WorkflowSpec {
  return {
    id: 'purchase',
    initial: 'review',
    context: { amount: 0 },
    meta: {
      title: text('采购申请', 'Purchase request'),
      events: {
        APPROVE: {
          title: text('同意', 'Approve'),
          schema: { type: 'object', properties: { comment: { type: 'string' } } },
        },
        REJECT: {
          title: text('不同意', 'Reject'),
          schema: { type: 'object', properties: { comment: { type: 'string' } } },
        },
        RESUBMIT: {
          title: text('重新提交', 'Resubmit'),
          schema: { type: 'object', properties: { amount: { type: 'number' } } },
        },
      },
      withdraw: { target: 'withdrawn' },
      ...meta,
    },
    states: {
      draft: {
        meta: {
          task: { title: text('修改申请', 'Revise the request'), assignee: 'starter', outcomes: ['RESUBMIT'] },
        },
        on: {
          RESUBMIT: {
            target: 'review',
            actions: { type: 'assign', params: { to: 'amount', from: 'event.data.amount' } },
          },
        },
      },
      review: {
        meta: {
          task: {
            title: text('部门审批', 'Department approval'),
            outcomes: ['APPROVE', 'REJECT'],
            approval: { approvers: [{ kind: 'role', role: 'finance' }], sendBackTo: ['draft'], ...review },
          },
        },
        on: { APPROVE: 'legal', REJECT: 'rejected' },
      },
      legal: {
        meta: {
          task: {
            title: text('法务审批', 'Legal approval'),
            outcomes: ['APPROVE', 'REJECT'],
            approval: {
              approvers: [{ kind: 'users', users: ['lawyer'] }],
              sendBackTo: ['review', 'draft'],
              dedupe: true,
            },
          },
        },
        on: { APPROVE: 'approved', REJECT: 'rejected' },
      },
      approved: { type: 'final' },
      rejected: { type: 'final' },
      withdrawn: { type: 'final' },
    },
  };
}

/**
 * Walks an instance through the pure engine like the API does (a clock that moves a minute per
 * event), records every entry, and can check that replay and verification reproduce it.
 */
export class ApprovalWalk {
  readonly compiled: CompiledWorkflow;
  readonly entries: RecordedEvent[] = [];
  readonly results: StepResult[] = [];
  private clock = new Date('2026-03-02T01:00:00.000Z');

  constructor(spec: WorkflowSpec, starter = 'staff', input: JsonObject = {}) {
    this.compiled = compile(spec, standardRegistry);
    this.record({ type: '@start', data: input, actor: starter }, start(this.compiled, input, this.clock, starter));
  }

  get last(): StepResult {
    return this.results[this.results.length - 1];
  }

  get approvals(): Record<string, unknown> & {
    states: Record<string, { status: string; round: number; slots: Array<Record<string, unknown>> }>;
  } {
    return this.last.context.$approvals as never;
  }

  /** Sends an event as `actor`; the minute advances first. */
  send(type: string, actor: string, data: JsonObject = {}, minutes = 1): StepResult {
    this.clock = new Date(this.clock.getTime() + minutes * 60_000);
    return this.record(
      { type, data, actor },
      step(this.compiled, this.last.snapshot, { type, data, actor }, this.clock),
    );
  }

  /** The `@approvers` entry the API would record: these users for every state waiting. */
  resolve(byState: Record<string, string[]>, cc: Record<string, string[]> = {}): StepResult {
    const states: JsonObject = {};
    for (const [path, users] of Object.entries(byState))
      states[path] = { approvers: users.map((user) => ({ user })), ...(cc[path] ? { cc: cc[path] } : {}) };
    return this.send('@approvers', 'system', { states }, 0);
  }

  /** Open slot tasks after the last step: `path:user` for each slot opened and not closed since. */
  openTasks(): string[] {
    const open = new Map<string, string>();
    for (const result of this.results)
      for (const e of result.effects) {
        if (e.kind === 'openTask') open.set(`${e.statePath}#${e.slot ?? ''}`, `${e.statePath}:${e.assignee ?? ''}`);
        if (e.kind === 'closeTask')
          for (const key of [...open.keys()])
            if (key.startsWith(`${e.statePath}#`) && (!e.slot || key === `${e.statePath}#${e.slot}`)) open.delete(key);
      }
    return [...open.values()].sort();
  }

  /** Replay and hash-chain verification both reproduce every recorded step. */
  expectReproducible(): void {
    const replayed = replay(compile(this.compiledSpec(), standardRegistry), this.entries);
    expect(replayed).toEqual(this.results);
    let prevHash = GENESIS_HASH;
    const stored: StoredEntry[] = this.entries.map((e, i) => {
      const hashed = { instanceId: 'i-1', seq: i + 1, ...e, stateAfter: this.results[i].state, prevHash };
      const hash = hashEntry(hashed);
      prevHash = hash;
      return { ...hashed, hash };
    });
    const verification = verifyHistory(this.compiled, stored, {
      seq: stored.length,
      state: this.last.state,
      context: this.last.context,
      status: this.last.status,
      lastHash: prevHash,
    });
    expect(verification).toEqual({ ok: true, checked: stored.length });
  }

  private compiledSpec(): WorkflowSpec {
    return JSON.parse(JSON.stringify(this.compiled.spec)) as WorkflowSpec;
  }

  private record(entry: Omit<RecordedEvent, 'at'>, result: StepResult): StepResult {
    this.entries.push({ ...entry, at: this.clock.toISOString() });
    this.results.push(result);
    return result;
  }
}
