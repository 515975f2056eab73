// What the server checks when a task is completed with one outcome: the task's form and the
// outcome event's own schema. The form is the union of the outcomes' fields, so each outcome
// sends (and the client checks) only what its event accepts.

type Schema = Record<string, unknown>;

/**
 * The schema to validate the form against before sending `outcome`: the form's fields, minus
 * those the event does not allow (`additionalProperties: false`), required when either the
 * form or the event requires them.
 * @example outcomeSchema({ properties: { comment: {} } }, { required: ['comment'] }).required // ['comment']
 */
export function outcomeSchema(formSchema: unknown, eventSchema: unknown): Schema {
  const form = asObject(formSchema);
  const event = asObject(eventSchema);
  const allowed = allowedFields(event, form);
  const formProperties = asObject(form.properties);
  const eventProperties = asObject(event.properties);
  const names = new Set([...Object.keys(formProperties), ...Object.keys(eventProperties)]);
  const properties = Object.fromEntries(
    [...names]
      .filter((name) => !allowed || allowed.has(name))
      .map((name) => [name, formProperties[name] ?? eventProperties[name]]),
  );
  const required = [...new Set([...stringList(form.required), ...stringList(event.required)])].filter(
    (name) => !allowed || allowed.has(name),
  );
  const { required: _formRequired, ...rest } = form;
  return { ...rest, type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

/**
 * The form data to send with `outcome`: without the fields its event does not allow, and
 * without empty strings (an untouched optional text field).
 * @example outcomeData({ reason: 'x', amount: 1 }, { additionalProperties: false, properties: { reason: {} } }) // { reason: 'x' }
 */
export function outcomeData(
  data: Record<string, unknown>,
  eventSchema: unknown,
  formSchema?: unknown,
): Record<string, unknown> {
  const allowed = allowedFields(asObject(eventSchema), asObject(formSchema));
  return Object.fromEntries(
    Object.entries(data).filter(
      ([name, value]) => value !== undefined && value !== '' && (!allowed || allowed.has(name)),
    ),
  );
}

/**
 * The event's field names when it refuses any other, else undefined (anything goes); the
 * request fields the step may edit (表单权限, `x-field-access: edit`) go with every outcome.
 */
function allowedFields(event: Schema, form: Schema = {}): Set<string> | undefined {
  if (event.additionalProperties !== false) return undefined;
  const editable = Object.entries(asObject(form.properties))
    .filter(([, property]) => asObject(property)['x-field-access'] === 'edit')
    .map(([name]) => name);
  return new Set([...Object.keys(asObject(event.properties)), ...editable]);
}

function asObject(value: unknown): Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Schema) : {};
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Which outcomes take a form field, and which of them require it. */
export interface FieldUse {
  usedBy: string[];
  requiredBy: string[];
}

/**
 * For each form field, the outcomes that send it and those that require it, so the form can
 * say "required to reject" next to a comment the approve button leaves optional.
 * @example fieldUses(form, ['APPROVE', 'REJECT'], schemaOf).comment // { usedBy: ['APPROVE', 'REJECT'], requiredBy: ['REJECT'] }
 */
export function fieldUses(
  formSchema: unknown,
  outcomes: readonly string[],
  eventSchemaOf: (type: string) => unknown,
): Record<string, FieldUse> {
  const uses: Record<string, FieldUse> = {};
  for (const name of Object.keys(asObject(asObject(formSchema).properties)))
    uses[name] = { usedBy: [], requiredBy: [] };
  for (const type of outcomes) {
    const schema = outcomeSchema(formSchema, eventSchemaOf(type));
    const required = stringList(schema.required);
    for (const name of Object.keys(asObject(schema.properties))) {
      if (!uses[name]) continue;
      uses[name].usedBy.push(type);
      if (required.includes(name)) uses[name].requiredBy.push(type);
    }
  }
  return uses;
}
