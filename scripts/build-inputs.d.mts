// Types of build-inputs.mjs, for its spec.
export interface InputFolder {
  path: string;
  only?: RegExp;
  skip?: string[];
}
export type BuildInput = string | InputFolder;
export interface BuildTarget {
  script: string;
  output: string;
  inputs: BuildInput[];
}
export const BUILD_TARGETS: Record<'api' | 'web', BuildTarget>;
export function isTestFile(name: string): boolean;
export function hashInputs(root: string, inputs: BuildInput[]): string;
