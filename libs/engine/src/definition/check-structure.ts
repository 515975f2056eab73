import { isPlainObject } from '../support/json-value';
import { checkLocalized } from './check-root';
import { joinPath, type Problems } from './problems';
import { STATE_KINDS, type IndexedState } from './state-index';

/** Checks one state's shape: type, `initial` of compound states, children, meta labels. */
export function checkStructure(state: IndexedState, problems: Problems): void {
  const { config, specPath } = state;
  if (config.type !== undefined && !(STATE_KINDS as readonly string[]).includes(config.type as string)) {
    problems.add(joinPath(specPath, 'type'), 'unknown-state-type', `must be one of ${STATE_KINDS.join(', ')}`, {
      type: String(config.type),
      allowed: [...STATE_KINDS],
    });
  }
  // The root's `states` is checked with the rest of the root.
  if (config.states !== undefined && state.parent) {
    if (!isPlainObject(config.states)) problems.add(joinPath(specPath, 'states'), 'not-object', 'must be an object');
    else {
      for (const [key, child] of Object.entries(config.states)) {
        if (!isPlainObject(child)) problems.add(joinPath(specPath, 'states', key), 'not-object', 'must be an object');
      }
    }
  }
  const childCount = Object.keys(state.children).length;
  const initialPath = joinPath(specPath, 'initial');
  if (state.kind === 'compound' && childCount > 0) {
    if (config.initial === undefined)
      problems.add(initialPath, 'missing-initial', 'a compound state needs an initial child state');
    else if (typeof config.initial !== 'string' || !state.children[config.initial]) {
      problems.add(initialPath, 'unknown-initial', `"${String(config.initial)}" is not a child state`, {
        initial: String(config.initial),
      });
    }
  }
  if (state.kind === 'parallel' && childCount === 0)
    problems.add(joinPath(specPath, 'states'), 'empty-parallel', 'a parallel state needs child states');
  if ((state.kind === 'final' || state.kind === 'history') && childCount > 0) {
    problems.add(
      joinPath(specPath, 'states'),
      'children-not-allowed',
      `a ${state.kind} state cannot have child states`,
      {
        kind: state.kind,
      },
    );
  }
  if (
    state.kind === 'history' &&
    state.parent &&
    state.parent.kind !== 'compound' &&
    state.parent.kind !== 'parallel'
  ) {
    problems.add(specPath, 'misplaced-history', 'a history state must be inside a compound or parallel state');
  }
  if (config.history !== undefined && config.history !== 'shallow' && config.history !== 'deep') {
    problems.add(joinPath(specPath, 'history'), 'invalid-history-kind', 'must be "shallow" or "deep"');
  }
  const meta: unknown = config.meta;
  if (state.keys.length > 0 && meta !== undefined) {
    if (!isPlainObject(meta)) return problems.add(joinPath(specPath, 'meta'), 'not-object', 'must be an object');
    if (meta.title !== undefined) checkLocalized(meta.title, joinPath(specPath, 'meta.title'), problems);
    if (meta.description !== undefined)
      checkLocalized(meta.description, joinPath(specPath, 'meta.description'), problems);
  }
}
