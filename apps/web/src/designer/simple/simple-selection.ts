// What is selected in simple mode: the start, a node, a branch header, or the end.
export type SimpleSelection =
  | { kind: 'start' }
  | { kind: 'node'; key: string }
  | { kind: 'branch'; owner: string; branch: number }
  | { kind: 'end' }
  | null;
