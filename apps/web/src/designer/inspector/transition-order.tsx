// Move up / move down for one transition among those of the same event (order decides which wins).
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import type { StateSpec, WorkflowSpec } from '@liucheng/engine';
import { Button, Form, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { stateAt } from '../../graph/state-tree';
import { edgeOfAddress } from '../canvas/edge-address';
import { entryItems, readEntry } from '../editing/spec-draft';
import { moveTransition, type TransitionAddress } from '../editing/spec-edits';
import { useDesignerStoreApi } from '../editing/use-designer-store';
import { useSpecEdit } from './use-spec-edit';

/** How many transitions share the address's entry (same state, kind and event). */
export function entrySize(spec: WorkflowSpec, address: TransitionAddress): number {
  const state = stateAt(spec, address.source) as StateSpec | undefined;
  return state ? entryItems(readEntry(state, address)).length : 0;
}

/** Moves the transition at `address` by `delta` places (with undo); a selected transition of the list stays selected. */
export function useMoveTransition() {
  const store = useDesignerStoreApi();
  const edit = useSpecEdit();
  return (address: TransitionAddress, delta: -1 | 1) => {
    const to = address.index + delta;
    const before = store.getSnapshot().spec;
    edit((s) => moveTransition(s, address.source, address.kind, address.event, address.index, to));
    if (store.getSnapshot().spec === before) return;
    const selection = store.getSnapshot().selection;
    if (selection?.kind !== 'transition') return;
    const selected = selection.address;
    const sameList =
      selected.source === address.source && selected.kind === address.kind && selected.event === address.event;
    if (!sameList) return;
    // The two transitions swapped places: the selection follows the one it was on.
    const index = selected.index === address.index ? to : selected.index === to ? address.index : selected.index;
    if (index === selected.index) return;
    const next = { ...selected, index };
    store.select({ kind: 'transition', address: next, edgeId: edgeOfAddress(next) });
  };
}

/** Small up/down buttons for one transition of an entry. */
export function MoveButtons({ address, count }: { address: TransitionAddress; count: number }) {
  const { t } = useTranslation();
  const move = useMoveTransition();
  const id = edgeOfAddress(address);
  return (
    <Space.Compact size="small">
      <Button
        size="small"
        icon={<ArrowUpOutlined />}
        aria-label={t('designer.edMoveUp')}
        title={t('designer.edMoveUp')}
        disabled={address.index === 0}
        data-testid={`move-up-${id}`}
        onClick={(e) => {
          e.stopPropagation();
          move(address, -1);
        }}
      />
      <Button
        size="small"
        icon={<ArrowDownOutlined />}
        aria-label={t('designer.edMoveDown')}
        title={t('designer.edMoveDown')}
        disabled={address.index >= count - 1}
        data-testid={`move-down-${id}`}
        onClick={(e) => {
          e.stopPropagation();
          move(address, 1);
        }}
      />
    </Space.Compact>
  );
}

/** The transition's place among its entry's transitions, with move buttons and why order matters. */
export function TransitionOrder({ spec, address }: { spec: WorkflowSpec; address: TransitionAddress }) {
  const { t } = useTranslation();
  const count = entrySize(spec, address);
  if (count < 2) return null;
  return (
    <Form.Item label={t('designer.edOrder', { position: address.index + 1, count })} data-testid="transition-order">
      <Space orientation="vertical" size={4}>
        <MoveButtons address={address} count={count} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="transition-order-hint">
          {t('designer.edOrderHint')}
        </Typography.Text>
      </Space>
    </Form.Item>
  );
}
