import type { ApproverSource, JsonObject, StateSpec, WorkflowSpec } from '@liucheng/engine';
import { ROLES } from '../demo/demo-organisation.data';

/** The canonical roles of the workflows (staff, leader, finance, ...): the demo organisation's. */
export const CANONICAL_ROLES = ROLES.map((r) => r.name);

const isText = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0;
const isLocalized = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && isText((value as JsonObject).zh) && isText((value as JsonObject).en);

/** Every property of a JSON Schema (and of its array items) has a bilingual `"中文 / English"` title. */
function schemaProblems(schema: unknown, path: string): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as JsonObject;
  const problems: string[] = [];
  for (const [name, property] of Object.entries((node.properties as JsonObject | undefined) ?? {})) {
    const title = (property as JsonObject).title;
    if (!isText(title) || !String(title).includes(' / '))
      problems.push(`${path}.properties.${name}: title must be "中文 / English"`);
    problems.push(...schemaProblems(property, `${path}.properties.${name}`));
  }
  if (node.items) problems.push(...schemaProblems(node.items, `${path}.items`));
  return problems;
}

/** Roles an approval's sources name (`role` sources and `manager-chain` stops). */
function approvalRoles(sources: ApproverSource[]): string[] {
  return sources.flatMap((s) =>
    s.kind === 'role' ? [s.role] : s.kind === 'manager-chain' && s.untilRole ? [s.untilRole] : [],
  );
}

function stateProblems(states: Record<string, StateSpec>, path: string, spec: WorkflowSpec): string[] {
  const problems: string[] = [];
  for (const [key, state] of Object.entries(states)) {
    const here = `${path}.${key}`;
    if (!isLocalized(state.meta?.title)) problems.push(`${here}.meta.title: needs zh and en`);
    for (const type of Object.keys(state.on ?? {})) {
      if (!isLocalized(spec.meta.events?.[type]?.title)) problems.push(`meta.events.${type}.title: needs zh and en`);
    }
    const task = state.meta?.task;
    if (task) {
      if (!isLocalized(task.title)) problems.push(`${here}.meta.task.title: needs zh and en`);
      // An approval task's people come from its approver sources instead.
      if (!task.approval && !task.candidateRoles?.length && !task.assignee)
        problems.push(`${here}.meta.task: needs candidateRoles or assignee`);
      for (const role of approvalRoles(task.approval?.approvers ?? []).concat(approvalRoles(task.approval?.cc ?? []))) {
        if (!CANONICAL_ROLES.includes(role)) problems.push(`${here}.meta.task.approval: unknown role ${role}`);
      }
      for (const role of task.candidateRoles ?? []) {
        if (!CANONICAL_ROLES.includes(role)) problems.push(`${here}.meta.task.candidateRoles: unknown role ${role}`);
      }
    }
    if (state.states) problems.push(...stateProblems(state.states, `${here}.states`, spec));
  }
  return problems;
}

/**
 * The house conventions a definition must follow beyond engine validity: bilingual titles
 * on the definition, every state, task and event, bilingual field titles in every schema,
 * `meta.starterRoles` present, canonical role names.
 */
export function conventionProblems(spec: WorkflowSpec): string[] {
  const problems: string[] = [];
  if (!isLocalized(spec.meta.title)) problems.push('meta.title: needs zh and en');
  if (!Array.isArray(spec.meta.starterRoles)) problems.push('meta.starterRoles: must be a list');
  for (const role of spec.meta.starterRoles ?? []) {
    if (!CANONICAL_ROLES.includes(role)) problems.push(`meta.starterRoles: unknown role ${role}`);
  }
  problems.push(...schemaProblems(spec.meta.input, 'meta.input'));
  for (const [type, event] of Object.entries(spec.meta.events ?? {})) {
    if (!isLocalized(event.title)) problems.push(`meta.events.${type}.title: needs zh and en`);
    problems.push(...schemaProblems(event.schema, `meta.events.${type}.schema`));
  }
  problems.push(...stateProblems(spec.states, 'states', spec));
  return [...new Set(problems)];
}
