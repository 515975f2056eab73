// The designer's spec read as a simple-mode tree, and edits that write the compiled tree back.
import { definitionToTree, treeToDefinition, type FlowTree, type ReadTreeResult } from '@liucheng/engine';
import { useCallback, useMemo } from 'react';
import { useDesignerStore, useDesignerStoreApi } from '../editing/use-designer-store';

/** What a simple-mode panel or card may change: the tree, compiled and validated as any edit. */
export type TreeEdit = (change: (tree: FlowTree) => FlowTree, coalesceKey?: string) => void;

export function useSimpleTree(): { read: ReadTreeResult | null; edit: TreeEdit } {
  const { spec } = useDesignerStore();
  const store = useDesignerStoreApi();
  const read = useMemo(() => (spec ? definitionToTree(spec) : null), [spec]);
  const edit = useCallback<TreeEdit>(
    (change, coalesceKey) =>
      store.setSpec(
        (prev) => {
          const current = definitionToTree(prev);
          return current.ok ? treeToDefinition(change(current.tree)) : prev;
        },
        coalesceKey ? { coalesceKey: `simple:${coalesceKey}` } : undefined,
      ),
    [store],
  );
  return { read, edit };
}
