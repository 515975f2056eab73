import { castLiteral } from '../../sql';
import type { FragmentContext } from './fragment-context';

/** Binds an unbound attachment to the step's instance and history entry (`AND instance_id IS NULL`: once). */
export function attachmentBoundFragment({ attachmentId }: { attachmentId: string }, c: FragmentContext): string {
  return `UPDATE attachments SET instance_id = ${c.instanceId}, seq = ${c.seq}
  WHERE id = ${castLiteral(attachmentId, 'uuid')} AND instance_id IS NULL`;
}
