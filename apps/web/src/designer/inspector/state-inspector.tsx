// Edits one state: key, titles, kind, initial child, task settings; lists its transitions; delete.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { StateSpec, WorkflowSpec } from '@liucheng/engine';
import { Button, Divider, Form, Input, List, Select, Space, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { childStates, joinStatePath, parentPathOf, splitStatePath, stateAt, stateKind } from '../../graph/state-tree';
import { transitionEntries } from '../../graph/transition-entries';
import { edgeOfAddress } from '../canvas/edge-address';
import { deleteSelection } from '../canvas/use-designer-shortcuts';
import {
  addState,
  freeStateKey,
  isValidStateKey,
  renameState,
  setStateFields,
  setStateTitle,
  setTask,
} from '../editing/spec-edits';
import { lastKey } from '../editing/spec-draft';
import { useDesignerStoreApi } from '../editing/use-designer-store';
import { CommitInput } from './commit-input';
import { TaskEditor } from './task-editor';
import { MoveButtons } from './transition-order';
import { useSpecEdit } from './use-spec-edit';

/** Adds a new titled state under `parentPath` and selects it. */
export function useAddState() {
  const store = useDesignerStoreApi();
  const { t } = useTranslation();
  const edit = useSpecEdit();
  return (parentPath: string) => {
    let path = '';
    edit((s) => {
      const key = freeStateKey(s, parentPath, 'state');
      const result = addState(s, parentPath, key, {
        meta: {
          title: {
            zh: t('designer.edNewStateTitle', { lng: 'zh-CN' }),
            en: t('designer.edNewStateTitle', { lng: 'en' }),
          },
        },
      });
      path = result.path;
      return result.spec;
    });
    if (path) {
      store.select({ kind: 'state', path });
      store.focusOn(path);
    }
  };
}

export function StateInspector({ spec, path }: { spec: WorkflowSpec; path: string }) {
  const { t } = useTranslation();
  const store = useDesignerStoreApi();
  const edit = useSpecEdit();
  const addStateUnder = useAddState();
  const state = stateAt(spec, path) as StateSpec | undefined;
  if (!state) return null;
  const key = lastKey(path);
  const kind = stateKind(state);
  const children = Object.keys(childStates(state));
  const title = state.meta?.title ?? { zh: '', en: '' };
  const siblings = Object.keys(childStates(stateAt(spec, parentPathOf(path)) ?? spec));
  const typeValue = kind === 'parallel' || kind === 'final' ? kind : 'auto';
  const entries = transitionEntries(state);
  // Transitions of one event (or delay, or `always`) are tried in order: those lists get move buttons.
  const entryCount = (entry: (typeof entries)[number]) =>
    entries.filter((e) => e.kind === entry.kind && e.event === entry.event).length;

  return (
    <Form layout="vertical" size="small" data-testid="state-inspector">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('designer.edState')} <Typography.Text code>{path}</Typography.Text>
      </Typography.Title>
      <Form.Item label={t('designer.edStateKey')}>
        <CommitInput
          data-testid="state-key"
          value={key}
          check={(v) =>
            !isValidStateKey(v)
              ? t('designer.edStateKeyInvalid')
              : v !== key && siblings.includes(v)
                ? t('designer.edStateKeyTaken')
                : undefined
          }
          onCommit={(v) => {
            edit((s) => renameState(s, path, v));
            store.select({ kind: 'state', path: joinStatePath([...splitStatePath(parentPathOf(path)), v]) });
          }}
        />
      </Form.Item>
      <Form.Item label={t('designer.edTitleZh')}>
        <Input
          data-testid="state-title-zh"
          value={title.zh}
          onChange={(e) => edit((s) => setStateTitle(s, path, 'zh', e.target.value), `${path}:title:zh`)}
        />
      </Form.Item>
      <Form.Item label={t('designer.edTitleEn')}>
        <Input
          data-testid="state-title-en"
          value={title.en}
          onChange={(e) => edit((s) => setStateTitle(s, path, 'en', e.target.value), `${path}:title:en`)}
        />
      </Form.Item>
      <Form.Item label={t('designer.edStateType')}>
        <Select
          value={typeValue}
          options={[
            { value: 'auto', label: t(children.length > 0 ? 'designer.edTypeCompound' : 'designer.edTypeAtomic') },
            { value: 'parallel', label: t('designer.edTypeParallel') },
            { value: 'final', label: t('designer.edTypeFinal') },
          ]}
          onChange={(value: string) =>
            edit((s) =>
              setStateFields(s, path, {
                type: value === 'auto' ? undefined : (value as 'parallel' | 'final'),
                ...(value === 'parallel' ? { initial: undefined } : {}),
              }),
            )
          }
        />
      </Form.Item>
      {children.length > 0 && kind !== 'parallel' && (
        <Form.Item label={t('designer.edInitialChild')}>
          <Select
            value={state.initial}
            options={children.map((c) => ({ value: c, label: c }))}
            onChange={(initial: string) => edit((s) => setStateFields(s, path, { initial }))}
          />
        </Form.Item>
      )}
      {kind !== 'final' && children.length === 0 && (
        <Form.Item label={t('designer.edIsTask')}>
          <Switch
            data-testid="task-switch"
            checked={Boolean(state.meta?.task)}
            onChange={(on) =>
              edit((s) =>
                setTask(
                  s,
                  path,
                  on
                    ? { title: { ...title }, candidateRoles: ['staff'], outcomes: Object.keys(state.on ?? {}) }
                    : undefined,
                ),
              )
            }
          />
        </Form.Item>
      )}
      {state.meta?.task && <TaskEditor spec={spec} path={path} state={state} />}
      <Divider style={{ margin: '8px 0' }} />
      <Typography.Text strong>{t('designer.edStateTransitions')}</Typography.Text>
      <List
        size="small"
        dataSource={entries}
        renderItem={(entry, position) => {
          const address = { source: path, kind: entry.kind, event: entry.event, index: entry.index };
          const edgeId = edgeOfAddress(address);
          const count = entryCount(entry);
          return (
            <List.Item
              data-testid={`state-transition-${position}`}
              style={{ cursor: 'pointer' }}
              extra={count > 1 ? <MoveButtons address={address} count={count} /> : undefined}
              onClick={() => {
                store.select({ kind: 'transition', address, edgeId });
                store.focusOn(edgeId);
              }}
            >
              <Space size={4} wrap>
                <Tag>{entry.kind}</Tag>
                {entry.event && <Typography.Text code>{entry.event}</Typography.Text>}
                <span>→ {String(entry.transition.target ?? t('designer.edTargetNone'))}</span>
              </Space>
            </List.Item>
          );
        }}
      />
      <Space wrap style={{ marginTop: 8 }}>
        {kind !== 'final' && (
          <Button icon={<PlusOutlined />} onClick={() => addStateUnder(path)} data-testid="add-child-state">
            {t('designer.edAddChild')}
          </Button>
        )}
        <Button danger icon={<DeleteOutlined />} onClick={() => deleteSelection(store)} data-testid="delete-state">
          {t('designer.edDeleteState')}
        </Button>
      </Space>
    </Form>
  );
}
