import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import type { ValidationProblem } from '../definition/validation.types';
import { validateData } from '../schema/validate-data';
import type { EngineEvent } from './runtime.types';

/** Errors of an event's data against `meta.events[type].schema`; no schema means no data. */
export function eventDataErrors(compiled: CompiledWorkflow, event: EngineEvent): ValidationProblem[] {
  const data = event.data ?? {};
  const schema = compiled.spec.meta.events?.[event.type]?.schema;
  if (schema) return validateData(schema, data);
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return [{ path: '', code: 'not-object', severity: 'error', message: 'must be an object' }];
  return Object.keys(data).map((key) => ({
    path: `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
    code: 'no-data-allowed',
    params: { property: key },
    severity: 'error' as const,
    message: 'is not allowed: this event takes no data',
  }));
}
