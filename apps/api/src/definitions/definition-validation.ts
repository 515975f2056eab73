import { validateDefinition, type Registry } from '@liucheng/engine';
import type { ValidationResponse } from '@liucheng/contracts';

/**
 * The engine's validation plus the API's own rule: `spec.id` is the definition key. Only errors
 * block publishing; warnings are returned alongside.
 */
export function validateSpecForKey(registry: Registry, spec: unknown, key?: string): ValidationResponse {
  const result = validateDefinition(spec, registry);
  const errors = [...result.errors];
  const id = (spec as { id?: unknown })?.id;
  if (key !== undefined && id !== key)
    errors.unshift({
      path: 'id',
      code: 'id-mismatch',
      params: { key },
      severity: 'error',
      message: `must equal the definition key "${key}"`,
    });
  return { ok: errors.length === 0, errors, warnings: result.warnings };
}
