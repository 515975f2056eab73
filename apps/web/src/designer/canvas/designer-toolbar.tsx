// The designer's toolbar: add state, undo/redo, delete, auto layout, save status, publish, plus extra buttons.
import {
  ApartmentOutlined,
  CloudUploadOutlined,
  DeleteOutlined,
  PlusOutlined,
  RedoOutlined,
  SaveOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { Button, Popconfirm, Space, Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clearPositions } from '../editing/spec-edits';
import type { SaveStatus } from '../editing/use-draft-autosave';
import { useDesignerStore, useDesignerStoreApi } from '../editing/use-designer-store';
import { useAddState } from '../inspector/state-inspector';
import { deleteSelection } from './use-designer-shortcuts';

const STATUS: Record<SaveStatus, { colour: string; label: string }> = {
  saved: { colour: 'success', label: 'designer.edSaved' },
  unsaved: { colour: 'warning', label: 'designer.edUnsaved' },
  saving: { colour: 'processing', label: 'designer.edSaving' },
  error: { colour: 'error', label: 'designer.edSaveFailed' },
};

export interface DesignerToolbarProps {
  saveStatus: SaveStatus;
  onSave: () => void;
  onPublish: () => void;
  publishing: boolean;
  /** There is a draft to publish (the server refuses to publish without one). */
  hasDraft: boolean;
  /** Buttons other features add (import, export, ...). */
  extra?: ReactNode;
  /** Add state, delete and auto layout act on the canvas; simple mode hides them (default shown). */
  canvasTools?: boolean;
}

export function DesignerToolbar({
  saveStatus,
  onSave,
  onPublish,
  publishing,
  hasDraft,
  extra,
  canvasTools = true,
}: DesignerToolbarProps) {
  const { t } = useTranslation();
  const store = useDesignerStoreApi();
  const { canUndo, canRedo, selection, validation, validationPending, dirty } = useDesignerStore();
  const valid = validation.ok && !validationPending;
  const publishable = valid && hasDraft;
  const addState = useAddState();
  const status = STATUS[saveStatus];
  return (
    <Space wrap size={6} data-testid="designer-toolbar">
      {canvasTools && (
        <Button icon={<PlusOutlined />} onClick={() => addState('')} data-testid="add-state">
          {t('designer.edAddState')}
        </Button>
      )}
      <Tooltip title="Ctrl+Z">
        <Button
          icon={<UndoOutlined />}
          disabled={!canUndo}
          onClick={() => store.undo()}
          aria-label={t('designer.edUndo')}
          data-testid="undo"
        />
      </Tooltip>
      <Tooltip title="Ctrl+Shift+Z">
        <Button
          icon={<RedoOutlined />}
          disabled={!canRedo}
          onClick={() => store.redo()}
          aria-label={t('designer.edRedo')}
          data-testid="redo"
        />
      </Tooltip>
      {canvasTools && (
        <Tooltip title="Delete">
          <Button
            icon={<DeleteOutlined />}
            disabled={!selection}
            onClick={() => deleteSelection(store)}
            aria-label={t('designer.edDelete')}
          />
        </Tooltip>
      )}
      {canvasTools && (
        <Tooltip title={t('designer.edRelayoutHelp')}>
          <Button icon={<ApartmentOutlined />} onClick={() => store.setSpec(clearPositions)} data-testid="auto-layout">
            {t('designer.edRelayout')}
          </Button>
        </Tooltip>
      )}
      {extra}
      <Tag color={status.colour} data-testid="save-status">
        {t(status.label as 'designer.edSaved')}
      </Tag>
      <Button
        icon={<SaveOutlined />}
        disabled={!dirty || saveStatus === 'saving'}
        onClick={onSave}
        data-testid="save-draft"
      >
        {t('designer.edSaveDraft')}
      </Button>
      <Tooltip title={!hasDraft ? t('designer.edPublishNoDraft') : valid ? undefined : t('designer.edPublishDisabled')}>
        <Popconfirm
          title={t('designer.edPublishConfirm')}
          onConfirm={onPublish}
          disabled={!publishable}
          okButtonProps={{ 'data-testid': 'publish-confirm' } as never}
        >
          <Button
            type="primary"
            icon={<CloudUploadOutlined />}
            disabled={!publishable}
            loading={publishing}
            data-testid="publish"
          >
            {t('designer.edPublish')}
          </Button>
        </Popconfirm>
      </Tooltip>
    </Space>
  );
}
