import type { TreeMisfit, TreeMisfitCode } from './flow-tree.types';

/** Thrown inside the reader and turned into its result: the first part that does not fit. */
export class MisfitError extends Error {
  constructor(readonly misfit: TreeMisfit) {
    super(misfit.message);
  }
}

/** Stops reading: `state` at `path` does not fit the tree, for `code`. */
export function misfit(
  state: string,
  path: string,
  code: TreeMisfitCode,
  message: string,
  params?: Record<string, string>,
): never {
  throw new MisfitError({ state, path, code, message, ...(params ? { params } : {}) });
}
