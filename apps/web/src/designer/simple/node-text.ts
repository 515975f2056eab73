// Plain words for the simple flow's cards and panels: who approves, how, which condition, how long.
import type {
  ApprovalMode,
  ApproverSource,
  ConditionOperator,
  DelayNode,
  FlowCondition,
  FlowNode,
  FlowNodeKind,
  JsonSchema,
  TreeMisfitCode,
} from '@liucheng/engine';
import type { TFunction } from 'i18next';
import { approvalModeLabel } from '../../graph/approval-mode-labels';
import { formatMoney } from '../../i18n/format';
import { splitBilingual } from '../../i18n/localize';
import type { AppLanguage } from '../../i18n/language';
import type { simpleDesignerZhCN } from '../../i18n/simple-designer.zh-CN';
import { delayOf, type DelayUnit } from './model/delay-node';

/** A label key of simple mode. */
export type SimpleKey = `simple.${keyof typeof simpleDesignerZhCN}`;

export const KIND_LABEL: Record<FlowNodeKind | 'start' | 'end', SimpleKey> = {
  start: 'simple.kindStart',
  approver: 'simple.kindApprover',
  handler: 'simple.kindHandler',
  cc: 'simple.kindCc',
  condition: 'simple.kindCondition',
  parallel: 'simple.kindParallel',
  delay: 'simple.kindDelay',
  watch: 'simple.kindWatch',
  end: 'simple.kindEnd',
};

export const MODE_LABEL: Record<ApprovalMode, SimpleKey> = {
  any: 'simple.modeAny',
  all: 'simple.modeAll',
  sequential: 'simple.modeSequential',
  vote: 'simple.modeVote',
};

export const OPERATOR_LABEL: Record<ConditionOperator, SimpleKey> = {
  eq: 'simple.opEq',
  neq: 'simple.opNeq',
  gt: 'simple.opGt',
  gte: 'simple.opGte',
  lt: 'simple.opLt',
  lte: 'simple.opLte',
  in: 'simple.opIn',
  exists: 'simple.opExists',
};

export const MISFIT_LABEL: Record<TreeMisfitCode, SimpleKey> = {
  'root-transitions': 'simple.misfitRootTransitions',
  'unsupported-key': 'simple.misfitUnsupportedKey',
  'compound-state': 'simple.misfitCompoundState',
  'guarded-outcome': 'simple.misfitGuardedOutcome',
  'outcome-missing': 'simple.misfitOutcomeMissing',
  loop: 'simple.misfitLoop',
  'forward-jump': 'simple.misfitForwardJump',
  'off-line-state': 'simple.misfitOffLineState',
  'unsupported-condition': 'simple.misfitUnsupportedCondition',
  'branches-do-not-join': 'simple.misfitBranchesDoNotJoin',
  'unknown-target': 'simple.misfitUnknownTarget',
  'not-a-node': 'simple.misfitNotANode',
  'final-with-content': 'simple.misfitFinalWithContent',
  'region-shape': 'simple.misfitRegionShape',
  'duplicate-key': 'simple.misfitDuplicateKey',
  'unknown-answer-field': 'simple.misfitUnknownAnswerField',
  'info-loop-shape': 'simple.misfitInfoLoopShape',
  'watch-shape': 'simple.misfitWatchShape',
};

type T = TFunction;

export const roleLabel = (t: T, role: string) => t(`roles.${role}` as 'roles.staff', { defaultValue: role });

/** One approver source in words ("直属主管", "角色：财务"). */
export function sourceText(t: T, source: ApproverSource): string {
  switch (source.kind) {
    case 'manager':
      return source.level && source.level > 1
        ? t('simple.srcManagerLevel', { level: source.level })
        : t('simple.srcManager');
    case 'manager-chain':
      return t('simple.srcManagerChain');
    case 'role':
      return t('simple.srcRole', { role: roleLabel(t, source.role) });
    case 'department-head':
      return t('simple.srcDepartmentHead');
    case 'starter':
      return t('simple.srcStarter');
    case 'users':
      return t('simple.srcUsers', { users: source.users.join('、') });
    case 'field':
      return t('simple.srcField');
    default:
      return t('simple.srcOther');
  }
}

/** The start form's fields: name, title in the language, and the schema of each. */
export function formFields(form: JsonSchema | undefined, lang: AppLanguage) {
  const properties = (form?.properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(properties).map(([name, prop]) => ({
    name,
    label: typeof prop.title === 'string' ? splitBilingual(prop.title, lang) : name,
    prop,
  }));
}

function valueText(t: T, value: unknown, prop: Record<string, unknown> | undefined, lang: AppLanguage): string {
  if (Array.isArray(value)) return value.map((v) => valueText(t, v, prop, lang)).join('、');
  if (typeof value === 'boolean') return value ? t('simple.yes') : t('simple.no');
  if (typeof value === 'number' && prop?.['x-kind'] === 'money') return formatMoney(value, lang);
  if (typeof value === 'number') return value.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN');
  return choiceLabel(value, prop, lang) ?? String(value ?? '');
}

/** A choice's label (`enumNames` / `x-enumNames`, or a multiple choice's `items`), never its stored value. */
function choiceLabel(value: unknown, prop: Record<string, unknown> | undefined, lang: AppLanguage): string | undefined {
  const schema = (prop?.type === 'array' ? prop.items : prop) as Record<string, unknown> | undefined;
  const values = Array.isArray(schema?.enum) ? schema.enum : [];
  const names = schema?.enumNames ?? schema?.['x-enumNames'];
  const name = Array.isArray(names) ? names[values.indexOf(value)] : undefined;
  return typeof name === 'string' && name ? splitBilingual(name, lang) : undefined;
}

/** A condition in words ("报销金额 大于 ¥5,000.00"). */
export function conditionText(t: T, c: FlowCondition, form: JsonSchema | undefined, lang: AppLanguage): string {
  const field = formFields(form, lang).find((f) => f.name === c.field);
  const name = field?.label ?? c.field;
  if (c.op === 'exists') return `${name} ${t('simple.opExists')}`;
  return `${name} ${t(OPERATOR_LABEL[c.op])} ${valueText(t, c.value, field?.prop, lang)}`;
}

/** An ISO duration the delay editor writes (minutes, hours or days) as amount + unit. */
export function splitDuration(duration: string): { amount: number; unit: 'M' | 'H' | 'D' } {
  const time = /^PT(\d+)([MH])$/.exec(duration);
  if (time) return { amount: Number(time[1]), unit: time[2] as 'M' | 'H' };
  const day = /^P(\d+)D$/.exec(duration);
  return day ? { amount: Number(day[1]), unit: 'D' } : { amount: 1, unit: 'H' };
}

export const joinDuration = (amount: number, unit: 'M' | 'H' | 'D') =>
  unit === 'D' ? `P${amount}D` : `PT${amount}${unit}`;

export const DELAY_UNIT_LABEL = {
  M: 'simple.unitMinutes',
  H: 'simple.unitHours',
  D: 'simple.unitDays',
  WH: 'simple.unitWorkingHours',
  WD: 'simple.unitWorkingDays',
} as const satisfies Record<DelayUnit, SimpleKey>;

export function durationText(t: T, duration: string): string {
  const { amount, unit } = splitDuration(duration);
  return `${amount} ${t(DELAY_UNIT_LABEL[unit])}`;
}

/** A delay node's wait in words: "3 个工作日", "2 hours". */
export function delayText(t: T, node: DelayNode): string {
  const { amount, unit } = delayOf(node);
  return `${amount} ${t(DELAY_UNIT_LABEL[unit])}`;
}

/** The line under a card's title. */
export function nodeSummary(t: T, node: FlowNode, form: JsonSchema | undefined, lang: AppLanguage): string {
  switch (node.kind) {
    case 'approver': {
      const who = node.approval.approvers.map((s) => sourceText(t, s)).join('、');
      return `${who} · ${approvalModeLabel(node.approval.mode ?? 'any', lang)}`;
    }
    case 'handler':
      if (node.task.assignee === 'starter') return t('simple.handlerStarter');
      if (node.task.assignee === 'starter.manager') return t('simple.handlerManager');
      return (node.task.candidateRoles ?? []).map((r) => roleLabel(t, r)).join('、');
    case 'cc':
      return node.to.length === 0 ? t('simple.ccNobody') : node.to.map((to) => recipientText(t, to)).join('、');
    case 'delay':
      return t('simple.delaySummary', { amount: delayText(t, node) });
    case 'condition':
      return node.branches.map((b) => b.when.map((c) => conditionText(t, c, form, lang)).join('，')).join(' / ');
    case 'parallel':
      return t('simple.parallelHint');
    case 'watch':
      return t('simple.watchSummary', {
        who: followUpWho(t, node.watch.followUp.task.assignee, node.watch.followUp.task),
      });
  }
}

/** Who a follow-up (督办) or answer task goes to, in words. */
export function followUpWho(t: T, assignee: string | undefined, task: { candidateRoles?: string[] }): string {
  if (assignee === 'starter') return t('simple.askWhoStarter');
  if (assignee === 'starter.manager') return t('simple.askWhoManager');
  return (task.candidateRoles ?? []).map((r) => roleLabel(t, r)).join('、');
}

/** A notify target in words. */
export function recipientText(t: T, to: string): string {
  if (to === 'starter') return t('simple.ccStarter');
  if (to === 'starter.manager') return t('simple.ccStarterManager');
  if (to.startsWith('role:')) return roleLabel(t, to.slice(5));
  return to.replace(/^user:/, '');
}
