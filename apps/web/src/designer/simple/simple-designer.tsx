// Simple mode's canvas area: the tree as a vertical flow, or which part of the definition does not fit and a way to the canvas.
import type { FlowTree, LocalizedText, StateSpec, TreeMisfit } from '@liucheng/engine';
import { Alert, Button } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLabel } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { useDesignerStore } from '../editing/use-designer-store';
import { copyNode, deleteNode, insertNode, moveNode, type InsertKind, type LineRef } from './model/tree-edits';
import { MISFIT_LABEL } from './node-text';
import { SimpleFlow } from './simple-flow';
import type { SimpleSelection } from './simple-selection';
import { useSimpleTree } from './use-simple-tree';

export interface SimpleDesignerProps {
  selection: SimpleSelection;
  onSelect: (selection: SimpleSelection) => void;
  onOpenCanvas: () => void;
}

export function SimpleDesigner({ selection, onSelect, onOpenCanvas }: SimpleDesignerProps) {
  const { read, edit } = useSimpleTree();
  const actions = useMemo(
    () => ({
      selection,
      select: onSelect,
      insert: (line: LineRef, index: number, kind: InsertKind) => {
        let key = '';
        edit((tree) => {
          const result = insertNode(tree, line, index, kind);
          key = result.key;
          return result.tree;
        });
        if (key) onSelect({ kind: 'node', key });
      },
      move: (key: string, by: -1 | 1) => edit((tree) => moveNode(tree, key, by)),
      copy: (key: string) => {
        let copied = '';
        edit((tree) => {
          const result = copyNode(tree, key);
          copied = result.key;
          return result.tree;
        });
        if (copied) onSelect({ kind: 'node', key: copied });
      },
      remove: (key: string) => {
        edit((tree) => deleteNode(tree, key));
        onSelect(null);
      },
    }),
    [edit, selection, onSelect],
  );
  if (!read) return null;
  if (!read.ok) return <MisfitNotice misfit={read.misfit} onOpenCanvas={onOpenCanvas} />;
  return <SimpleFlow tree={read.tree as FlowTree} actions={actions} />;
}

function MisfitNotice({ misfit, onOpenCanvas }: { misfit: TreeMisfit; onOpenCanvas: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { spec } = useDesignerStore();
  const reason = t(MISFIT_LABEL[misfit.code]);
  return (
    <div style={{ padding: 24 }}>
      <Alert
        type="info"
        showIcon
        data-testid="simple-misfit"
        title={t('simple.misfitTitle')}
        description={
          misfit.state
            ? t('simple.misfitAt', {
                state: pickLabel(stateTitle(spec?.states, misfit.state), lang, misfit.state),
                reason,
              })
            : t('simple.misfitRoot', { reason })
        }
        action={
          <Button type="primary" onClick={onOpenCanvas} data-testid="simple-open-canvas">
            {t('simple.openCanvas')}
          </Button>
        }
      />
    </div>
  );
}

/** The title of the state `key` anywhere in the spec (the misfit names it by its title, not its key). */
function stateTitle(states: Record<string, StateSpec> | undefined, key: string): LocalizedText | undefined {
  for (const [k, state] of Object.entries(states ?? {})) {
    if (k === key) return state.meta?.title;
    const inner = stateTitle(state.states, key);
    if (inner) return inner;
  }
  return undefined;
}
