import type { JsonObject } from '../../definition/definition.types';
import type { ActionEntry } from '../registry.types';
import { getAt, readRooted, setAt } from '../../support/field-path';
import { isPlainObject } from '../../support/json-value';
import { contextPathSchema, localizedTextSchema, rootedPathSchema } from './param-schemas';

/** Who a notification goes to: a role, a user, the starter or the starter's manager. */
export const NOTIFY_TARGET_PATTERN = '^(role:[^\\s:]+|user:[^\\s:]+|starter|starter\\.manager)$';

/** Standard actions: write constants or event/context values into the context, and notify. */
export const standardActions: Record<string, ActionEntry> = {
  set: {
    name: 'set',
    kind: 'assign',
    title: { zh: '设为固定值', en: 'Set a value' },
    params: { type: 'object', required: ['to', 'value'], properties: { to: contextPathSchema, value: {} } },
    assign: ({ context }, params) => setAt(context, String(params.to), params.value),
  },
  assign: {
    name: 'assign',
    kind: 'assign',
    title: { zh: '复制字段', en: 'Copy a field' },
    params: { type: 'object', required: ['to', 'from'], properties: { to: contextPathSchema, from: rootedPathSchema } },
    assign: (args, params) => {
      const value = readRooted(args, String(params.from));
      return value === undefined ? args.context : setAt(args.context, String(params.to), value);
    },
  },
  merge: {
    name: 'merge',
    kind: 'assign',
    title: { zh: '合并表单数据', en: 'Merge data' },
    params: { type: 'object', properties: { from: rootedPathSchema, to: contextPathSchema } },
    assign: (args, params) => {
      const source = readRooted(args, typeof params.from === 'string' ? params.from : 'event.data');
      if (!isPlainObject(source)) return args.context;
      if (typeof params.to !== 'string') return { ...args.context, ...source };
      const target = getAt(args.context, params.to);
      return setAt(args.context, params.to, { ...(isPlainObject(target) ? target : {}), ...source });
    },
  },
  append: {
    name: 'append',
    kind: 'assign',
    title: { zh: '追加记录', en: 'Append to a list' },
    params: {
      type: 'object',
      required: ['to'],
      properties: { to: contextPathSchema, value: {}, from: rootedPathSchema, stamp: { type: 'boolean' } },
      oneOf: [{ required: ['value'] }, { required: ['from'] }],
    },
    assign: (args, params) => {
      const item = typeof params.from === 'string' ? readRooted(args, params.from) : params.value;
      if (item === undefined) return args.context;
      const stamped =
        params.stamp === true && isPlainObject(item) ? { ...item, at: args.event.at, by: args.event.actor } : item;
      const list = getAt(args.context, String(params.to));
      return setAt(args.context, String(params.to), [...(Array.isArray(list) ? list : []), stamped]);
    },
  },
  increment: {
    name: 'increment',
    kind: 'assign',
    title: { zh: '累加', en: 'Increment' },
    params: {
      type: 'object',
      required: ['to'],
      properties: { to: contextPathSchema, by: { type: 'number' }, from: rootedPathSchema },
      not: { required: ['by', 'from'] },
    },
    assign: (args, params) => {
      const delta = typeof params.from === 'string' ? readRooted(args, params.from) : (params.by ?? 1);
      if (typeof delta !== 'number' || !Number.isFinite(delta)) return args.context;
      const current = getAt(args.context, String(params.to));
      return setAt(args.context, String(params.to), (typeof current === 'number' ? current : 0) + delta);
    },
  },
  notify: {
    name: 'notify',
    kind: 'effect',
    title: { zh: '发送通知', en: 'Notify' },
    params: {
      type: 'object',
      required: ['to', 'message'],
      properties: {
        to: { type: 'string', pattern: NOTIFY_TARGET_PATTERN },
        message: localizedTextSchema,
        data: { type: 'object' },
      },
    },
    effect: (_args, params) => ({
      to: String(params.to),
      message: params.message as { zh: string; en: string },
      ...(isPlainObject(params.data) ? { data: params.data as JsonObject } : {}),
    }),
  },
};
