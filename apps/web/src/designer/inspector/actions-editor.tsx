// The actions of a transition: each picked from the registry with its params; add and remove.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ActionRef, RegistryEntryInfo } from '@liucheng/engine';
import { Button, Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { RefEditor } from './ref-editor';

export interface ActionsEditorProps {
  entries: readonly RegistryEntryInfo[];
  actions: ActionRef[];
  onAdd: (action: ActionRef) => void;
  onChange: (index: number, action: ActionRef) => void;
  onRemove: (index: number) => void;
}

export function ActionsEditor({ entries, actions, onAdd, onChange, onRemove }: ActionsEditorProps) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {actions.map((action, index) => (
        <Card
          key={index}
          size="small"
          extra={
            <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => onRemove(index)}>
              {t('designer.edRemove')}
            </Button>
          }
          title={`#${index + 1}`}
        >
          <RefEditor entries={entries} value={action} onChange={(next) => next && onChange(index, next)} />
        </Card>
      ))}
      <Button
        icon={<PlusOutlined />}
        size="small"
        data-testid="add-action"
        onClick={() => onAdd({ type: 'set', params: { to: 'field', value: true } })}
      >
        {t('designer.edAddAction')}
      </Button>
    </Space>
  );
}
