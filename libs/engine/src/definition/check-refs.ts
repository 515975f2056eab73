import type { RegistryEntryInfo } from '../registry/registry.types';
import type { Registry } from '../registry/registry.types';
import { compileSchema, validateData } from '../schema/validate-data';
import { isPlainObject } from '../support/json-value';
import { joinPath, pointerToDotted, type Problems } from './problems';

function refParts(ref: unknown): { name?: string; params: unknown } {
  if (typeof ref === 'string') return { name: ref, params: {} };
  if (isPlainObject(ref) && typeof ref.type === 'string') return { name: ref.type, params: ref.params ?? {} };
  return { params: undefined };
}

function checkParams(entry: RegistryEntryInfo, params: unknown, path: string, problems: Problems): boolean {
  const paramsPath = joinPath(path, 'params');
  if (!isPlainObject(params)) {
    problems.add(paramsPath, 'not-object', 'must be an object');
    return false;
  }
  let errors;
  try {
    compileSchema(entry.params);
    errors = validateData(entry.params, params);
  } catch {
    return true; // a registry entry with a broken schema is the registry's bug, not the definition's
  }
  for (const e of errors)
    problems.add(joinPath(paramsPath, pointerToDotted(e.path)), 'invalid-param', e.message, {
      keyword: e.code,
      ...(e.params ?? {}),
    });
  return errors.length === 0;
}

/**
 * Checks a guard reference: known name, params valid against the entry's schema, and
 * nested guard refs of combinators (`params.guards[]`, `params.guard`).
 */
export function checkGuardRef(ref: unknown, path: string, registry: Registry, problems: Problems): void {
  const { name, params } = refParts(ref);
  if (name === undefined) return problems.add(path, 'invalid-guard-ref', 'must be a guard name or {type, params}');
  const entry = registry.guards[name];
  if (!entry) return problems.add(path, 'unknown-guard', `unknown guard "${name}"`, { name });
  if (!checkParams(entry, params, path, problems) || !isPlainObject(params)) return;
  const declared = isPlainObject(entry.params.properties) ? entry.params.properties : {};
  if ('guards' in declared && Array.isArray(params.guards)) {
    params.guards.forEach((g, i) => checkGuardRef(g, joinPath(path, 'params', 'guards', i), registry, problems));
  }
  if ('guard' in declared && params.guard !== undefined)
    checkGuardRef(params.guard, joinPath(path, 'params', 'guard'), registry, problems);
}

/** Checks an action reference: known name and params valid against the entry's schema. */
export function checkActionRef(ref: unknown, path: string, registry: Registry, problems: Problems): void {
  const { name, params } = refParts(ref);
  if (name === undefined) return problems.add(path, 'invalid-action-ref', 'must be an action name or {type, params}');
  const entry = registry.actions[name];
  if (!entry) return problems.add(path, 'unknown-action', `unknown action "${name}"`, { name });
  checkParams(entry, params, path, problems);
}
