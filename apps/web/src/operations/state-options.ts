// Pure: every state of a definition version a move or a migration mapping may name, labelled by
// its title (its ancestors' titles first, so nested states read "会签 / 法务"), never by its path.
import type { AppLanguage } from '../i18n/language';
import { pickLabel } from '../i18n/localize';
import { stateTitle } from '../spec/spec-meta';

export interface StateOption {
  /** The dotted state path the API takes. */
  value: string;
  label: string;
  final: boolean;
}

type Node = { type?: unknown; states?: unknown };

function childStates(node: unknown): [string, Node][] {
  const states = (node as Node | null)?.states;
  if (typeof states !== 'object' || states === null || Array.isArray(states)) return [];
  return Object.entries(states as Record<string, Node>).filter(
    ([, child]) => typeof child === 'object' && child !== null,
  );
}

/**
 * States in document order, history pseudo-states left out.
 * @example stateOptions(spec, 'zh-CN')[0] // { value: 'draft', label: '填写申请', final: false }
 */
export function stateOptions(spec: unknown, language: AppLanguage): StateOption[] {
  const out: StateOption[] = [];
  const visit = (node: unknown, keys: string[], labels: string[]) => {
    for (const [key, child] of childStates(node)) {
      if (child.type === 'history') continue;
      const path = [...keys, key].join('.');
      const label = [...labels, pickLabel(stateTitle(spec, path), language, key)];
      out.push({ value: path, label: label.join(' / '), final: child.type === 'final' });
      visit(child, [...keys, key], label);
    }
  };
  visit(spec, [], []);
  return out;
}
