import type { JsonSchema } from '../definition/definition.types';

/** Events the engine itself interprets (history entries of approval actions). */
export const APPROVAL_EVENTS = {
  /** The resolved approvers (and CC) of the states just entered; actor `system`. */
  approvers: '@approvers',
  /** 转办: an approver hands their place to a colleague. */
  transfer: '@transfer',
  /** 委派: an approver asks a colleague to work on it; it comes back to them to decide. */
  delegate: '@delegate',
  /** The delegate is done; the task returns to the approver. */
  delegateDone: '@delegate-done',
  /** 加签: approvers added before, after or alongside the actor. */
  addApprovers: '@add-approvers',
  /** 减签: an added approver who has not acted is removed. */
  removeApprover: '@remove-approver',
  /** 驳回: back to an earlier step the definition allows. */
  sendBack: '@send-back',
  /** 抄送 ad hoc. */
  cc: '@cc',
  /** 撤回: the starter withdraws the request. */
  withdraw: '@withdraw',
  /** 催办: the starter urges the current approvers. */
  urge: '@urge',
  /** 超时上报: a timeout handed these slots to their holders' managers (resolved by the API); actor `system`. */
  escalate: '@escalate',
} as const;

export type ApprovalEventType = (typeof APPROVAL_EVENTS)[keyof typeof APPROVAL_EVENTS];

/** Machine-only event types compile adds for send-back, return and withdraw. */
export const MACHINE_EVENT_PREFIX = 'liucheng.';
export const sendBackEvent = (target: string) => `${MACHINE_EVENT_PREFIX}sendBack.${target}`;
export const returnEvent = (to: string, outcome: string) => `${MACHINE_EVENT_PREFIX}return.${to}.${outcome}`;
export const WITHDRAW_MACHINE_EVENT = `${MACHINE_EVENT_PREFIX}withdraw`;

const username: JsonSchema = { type: 'string', minLength: 1, maxLength: 100 };
const statePath: JsonSchema = { type: 'string', minLength: 1, maxLength: 500 };
const slot: JsonSchema = { type: 'string', pattern: '^[0-9]+\\.[0-9]+$' };
const text: JsonSchema = { type: 'string', maxLength: 2000 };
const users: JsonSchema = { type: 'array', minItems: 1, maxItems: 50, uniqueItems: true, items: username };

const object = (properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties,
});

/** The data each approval event carries (validated before anything is applied). */
export const APPROVAL_EVENT_SCHEMAS: Record<ApprovalEventType, JsonSchema> = {
  '@approvers': object(
    {
      states: {
        type: 'object',
        additionalProperties: object(
          {
            approvers: {
              type: 'array',
              maxItems: 200,
              items: object(
                { user: username, onBehalfOf: username, proxyUntil: { type: 'string', format: 'date-time' } },
                ['user'],
              ),
            },
            cc: { type: 'array', maxItems: 200, items: username },
            trace: { type: 'array' },
          },
          ['approvers'],
        ),
      },
    },
    ['states'],
  ),
  '@transfer': object({ statePath, slot, to: username, reason: text }, ['statePath', 'slot', 'to']),
  '@delegate': object({ statePath, slot, to: username, reason: text }, ['statePath', 'slot', 'to']),
  '@delegate-done': object({ statePath, slot, comment: text }, ['statePath', 'slot']),
  '@add-approvers': object(
    { statePath, slot, users, position: { enum: ['before', 'after', 'parallel'] }, reason: text },
    ['statePath', 'slot', 'users', 'position'],
  ),
  '@remove-approver': object({ statePath, slot, reason: text }, ['statePath', 'slot']),
  '@send-back': object({ statePath, slot, to: statePath, reason: text }, ['statePath', 'to']),
  '@cc': object({ statePath, slot, users, comment: text }, ['statePath', 'users']),
  '@withdraw': object({ reason: text }),
  '@urge': object({ comment: text }),
  '@escalate': object(
    {
      statePath,
      slots: {
        type: 'array',
        minItems: 1,
        maxItems: 200,
        items: object({ slot, to: { anyOf: [username, { type: 'null' }] } }, ['slot', 'to']),
      },
    },
    ['statePath', 'slots'],
  ),
};

export function isApprovalEvent(type: string): type is ApprovalEventType {
  return Object.prototype.hasOwnProperty.call(APPROVAL_EVENT_SCHEMAS, type);
}
