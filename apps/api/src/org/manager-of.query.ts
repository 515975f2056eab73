import { managerOf } from '@liucheng/engine';
import type { Tx } from '../common/transaction';
import { loadOrgSnapshot } from './org-snapshot.queries';

/**
 * The user's manager as the organisation says (the explicit manager, else the head of their
 * department or the nearest one above): the engine's `managerOf` over the org snapshot, so
 * `starter.manager` tasks and notices follow the same rule as the `manager` approver source.
 */
export async function managerOfUser(q: Tx, username: string): Promise<string | null> {
  return managerOf(await loadOrgSnapshot(q), username);
}
