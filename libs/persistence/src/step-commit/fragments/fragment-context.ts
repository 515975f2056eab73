/** Literals every fragment of one step shares (built once per step). */
export interface FragmentContext {
  /** The instance id, `'…'::uuid`. */
  instanceId: string;
  /** The step's time, `'…'::timestamptz`. */
  at: string;
  /** The step's history seq, an integer literal. */
  seq: string;
}
