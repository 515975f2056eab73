import { approverSourcesSchema } from '../../org/approver-source.schema';
import type { ApproverSource } from '../../org/org.types';
import { resolveApprovers } from '../../org/resolve-approvers';
import { getAt } from '../../support/field-path';
import type { ApproverEntry } from '../registry.types';
import { registryApprovers } from '../registry-approvers';

interface Tier {
  upTo?: number;
  approvers: ApproverSource[];
}

/** Standard approver sources computed from the instance (`{kind: 'registry', name, params}`). */
export const standardApprovers: Record<string, ApproverEntry> = {
  byAmount: {
    name: 'byAmount',
    title: { zh: '按金额分级审批', en: 'By amount' },
    description: {
      zh: '按表单里的金额选择审批人：不超过第一档上限的用第一档，依此类推，最后一档不设上限',
      en: 'Picks the approvers by an amount in the form: the first tier whose limit it does not exceed; the last tier has no limit',
    },
    params: {
      type: 'object',
      required: ['field', 'tiers'],
      additionalProperties: false,
      properties: {
        field: { type: 'string', pattern: '^context(\\.[^.\\s]+)+$' },
        tiers: {
          type: 'array',
          minItems: 1,
          maxItems: 10,
          items: {
            type: 'object',
            required: ['approvers'],
            additionalProperties: false,
            properties: { upTo: { type: 'number' }, approvers: approverSourcesSchema },
          },
        },
      },
    },
    resolve(org, input, params, registry) {
      const value = getAt(input.context ?? {}, String(params.field).slice('context.'.length));
      const amount = typeof value === 'number' ? value : Number.NaN;
      const tiers = params.tiers as unknown as Tier[];
      const tier = Number.isNaN(amount)
        ? tiers[tiers.length - 1]
        : (tiers.find((t) => t.upTo === undefined || amount <= t.upTo) ?? tiers[tiers.length - 1]);
      return resolveApprovers(tier.approvers, org, { ...input, registry: registryApprovers(registry) }).users;
    },
  },
};
