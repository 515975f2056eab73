import { Cron } from 'croner';
import { checkLocalized } from '../definition/check-root';
import { joinPath, type Problems } from '../definition/problems';
import type { JsonObject, JsonSchema } from '../definition/definition.types';
import { schemaCompileError, validateData } from '../schema/validate-data';
import { isPlainObject } from '../support/json-value';
import { SCHEDULE_TIME_ZONE } from './next-occurrences';
import { scheduleInput, unknownPlaceholders } from './schedule-input';
import { CLOCK_TIME } from './shanghai-days';

const KEY = /^[a-z][a-z0-9-]{0,63}$/;
const RULE_KINDS = ['cron', 'last-working-day-of-week', 'first-working-day-of-month', 'last-week-of-month'];
const PEOPLE_KINDS = ['everyone', 'role', 'department', 'users'];
/** A Monday in December: the input templates are tried on it against `meta.input`. */
const SAMPLE_OCCURRENCE = new Date('2026-12-28T00:00:00.000Z');

const isNameList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string' && x !== '');

function checkRule(rule: unknown, path: string, problems: Problems): void {
  if (!isPlainObject(rule) || typeof rule.kind !== 'string' || !RULE_KINDS.includes(rule.kind))
    return problems.add(path, 'invalid-schedule-rule', `must have a kind of ${RULE_KINDS.join(', ')}`, {
      kind: isPlainObject(rule) ? rule.kind : undefined,
    });
  if (rule.kind === 'cron') {
    if (typeof rule.cron !== 'string' || rule.cron.trim().split(/\s+/).length !== 5)
      return problems.add(joinPath(path, 'cron'), 'invalid-cron', 'must be a five-field cron expression', {
        cron: rule.cron,
      });
    try {
      new Cron(rule.cron, { timezone: SCHEDULE_TIME_ZONE, paused: true });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.add(joinPath(path, 'cron'), 'invalid-cron', `is not a valid cron expression: ${reason}`, {
        cron: rule.cron,
      });
    }
    if (rule.workingDaysOnly !== undefined && typeof rule.workingDaysOnly !== 'boolean')
      problems.add(joinPath(path, 'workingDaysOnly'), 'invalid-schedule-rule', 'must be true or false');
    return;
  }
  if (typeof rule.at !== 'string' || !CLOCK_TIME.test(rule.at))
    problems.add(joinPath(path, 'at'), 'invalid-schedule-rule', 'must be a time HH:mm (Asia/Shanghai)', {
      at: rule.at,
    });
  if (
    rule.kind === 'last-week-of-month' &&
    rule.months !== undefined &&
    (!Array.isArray(rule.months) ||
      rule.months.length === 0 ||
      rule.months.some((m) => !Number.isInteger(m) || (m as number) < 1 || (m as number) > 12))
  )
    problems.add(joinPath(path, 'months'), 'invalid-schedule-rule', 'must be a non-empty list of months 1–12');
}

function checkPeople(people: unknown, path: string, problems: Problems): void {
  const bad = (at: string, message: string) => problems.add(at, 'invalid-schedule-people', message);
  if (!isPlainObject(people) || typeof people.kind !== 'string' || !PEOPLE_KINDS.includes(people.kind))
    return bad(path, `must have a kind of ${PEOPLE_KINDS.join(', ')}`);
  if (people.kind === 'role' && (typeof people.role !== 'string' || people.role === ''))
    bad(joinPath(path, 'role'), 'must be a role name');
  if (
    (people.kind === 'department' || (people.kind === 'role' && people.department !== undefined)) &&
    (typeof people.department !== 'string' || people.department === '')
  )
    bad(joinPath(path, 'department'), 'must be a department code');
  if (people.kind === 'users' && (!isNameList(people.users) || (people.users as unknown[]).length === 0))
    bad(joinPath(path, 'users'), 'must be a non-empty list of usernames');
  if (people.includeSubdepartments !== undefined && typeof people.includeSubdepartments !== 'boolean')
    bad(joinPath(path, 'includeSubdepartments'), 'must be true or false');
  if (people.exceptRoles !== undefined && !isNameList(people.exceptRoles))
    bad(joinPath(path, 'exceptRoles'), 'must be a list of role names');
}

function checkInput(input: unknown, path: string, inputSchema: unknown, problems: Problems): void {
  if (input === undefined && inputSchema === undefined) return;
  if (input !== undefined && !isPlainObject(input))
    return problems.add(path, 'invalid-schedule-input', 'must be an object (the start input)');
  const unknown = unknownPlaceholders(input);
  if (unknown.length > 0)
    return problems.add(path, 'invalid-schedule-input', `uses unknown placeholder {${unknown[0]}}`, {
      placeholder: unknown[0],
    });
  if (!isPlainObject(inputSchema) || schemaCompileError(inputSchema)) return;
  const sample = scheduleInput(input as JsonObject | undefined, SAMPLE_OCCURRENCE);
  const [first] = validateData(inputSchema as JsonSchema, sample);
  if (first)
    problems.add(joinPath(path, first.path.slice(1).replace(/\//g, '.')), 'invalid-schedule-input', first.message, {
      detail: first.message,
    });
}

/** Checks `meta.schedules`: keys, rules (cron parses in Asia/Shanghai), people, and input against `meta.input`. */
export function checkSchedules(meta: Record<string, unknown>, problems: Problems): void {
  const schedules = meta.schedules;
  if (schedules === undefined) return;
  if (!Array.isArray(schedules))
    return problems.add('meta.schedules', 'invalid-schedules', 'must be a list of schedules');
  const seen = new Set<string>();
  schedules.forEach((schedule, i) => {
    const path = joinPath('meta.schedules', i);
    if (!isPlainObject(schedule)) return problems.add(path, 'invalid-schedules', 'must be an object');
    if (typeof schedule.key !== 'string' || !KEY.test(schedule.key))
      problems.add(joinPath(path, 'key'), 'invalid-schedule-key', 'must be a kebab-case key (a-z, 0-9, -)', {
        key: schedule.key,
      });
    else if (seen.has(schedule.key))
      problems.add(joinPath(path, 'key'), 'duplicate-schedule-key', `key "${schedule.key}" is used twice`, {
        key: schedule.key,
      });
    else seen.add(schedule.key);
    checkLocalized(schedule.title, joinPath(path, 'title'), problems);
    checkRule(schedule.rule, joinPath(path, 'rule'), problems);
    checkPeople(schedule.people, joinPath(path, 'people'), problems);
    checkInput(schedule.input, joinPath(path, 'input'), meta.input, problems);
  });
}
