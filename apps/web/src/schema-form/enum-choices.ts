// Pure: the options of an enum field with their labels. Labels come from rjsf's options (oneOf
// `const` + `title`, `ui:enumNames`) or the schema's own `enumNames` / `x-enumNames` list (the
// older JSON Schema form-builder convention, localized by localizeSchema); a raw value is the
// label only when nothing names it.

export interface EnumChoice {
  value: unknown;
  label: string;
}

type Json = Record<string, unknown>;

function namesOf(schema: Json): unknown[] | undefined {
  const names = schema.enumNames ?? schema['x-enumNames'];
  return Array.isArray(names) ? names : undefined;
}

/**
 * @example enumChoices({ enum: ['city'], enumNames: ['市区'] }, [{ value: 'city', label: 'city' }])
 *   // [{ value: 'city', label: '市区' }]
 */
export function enumChoices(schema: Json, options: readonly EnumChoice[] | undefined): EnumChoice[] {
  const names = namesOf(schema);
  const values = Array.isArray(schema.enum) ? schema.enum : undefined;
  return (options ?? []).map((option) => {
    const index = values ? values.indexOf(option.value) : -1;
    const named = names && index >= 0 ? names[index] : undefined;
    const label = typeof named === 'string' && named ? named : option.label;
    return { value: option.value, label: label || String(option.value) };
  });
}
