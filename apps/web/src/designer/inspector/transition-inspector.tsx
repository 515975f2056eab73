// Edits one transition: event type and title (or delay), target, guard, actions; delete.
import { DeleteOutlined } from '@ant-design/icons';
import type { ActionRef, StateSpec, TransitionSpec, WorkflowSpec } from '@liucheng/engine';
import { App, Button, Divider, Form, Input, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { resolveTarget } from '../../graph/resolve-target';
import { stateAt } from '../../graph/state-tree';
import { useLanguage } from '../../i18n/use-language';
import { edgeOfAddress } from '../canvas/edge-address';
import { entryItems, itemObject, readEntry } from '../editing/spec-draft';
import {
  addAction,
  guardTransition,
  removeAction,
  removeTransition,
  retargetTransition,
  setAction,
  setAfterDelay,
  setEventName,
  setEventTitle,
  updateTransition,
  type TransitionAddress,
} from '../editing/spec-edits';
import { useDesignerStoreApi } from '../editing/use-designer-store';
import { ActionsEditor } from './actions-editor';
import { CommitInput } from './commit-input';
import { isDelayKey } from './delay-text';
import { RefEditor } from './ref-editor';
import { useRegistryDescription } from './registry.api';
import { stateOptions } from './state-options';
import { TransitionOrder } from './transition-order';
import { useSpecEdit } from './use-spec-edit';
import { WorkingDelayPicker } from './working-delay-picker';

const KIND_LABEL = {
  on: 'designer.edKindOn',
  after: 'designer.edKindAfter',
  always: 'designer.edKindAlways',
  onDone: 'designer.edKindOnDone',
} as const;

/** The transition at an address in object form, if it exists. */
export function transitionAt(spec: WorkflowSpec, address: TransitionAddress): TransitionSpec | undefined {
  const state = stateAt(spec, address.source) as StateSpec | undefined;
  const item = state ? entryItems(readEntry(state, address))[address.index] : undefined;
  return item === undefined ? undefined : itemObject(item);
}

export function TransitionInspector({ spec, address }: { spec: WorkflowSpec; address: TransitionAddress }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const store = useDesignerStoreApi();
  const edit = useSpecEdit();
  const registry = useRegistryDescription();
  const { message } = App.useApp();
  const transition = transitionAt(spec, address);
  if (!transition) return null;
  const target =
    typeof transition.target === 'string' ? resolveTarget(spec, address.source, transition.target) : undefined;
  const actions: ActionRef[] = transition.actions === undefined ? [] : ([] as ActionRef[]).concat(transition.actions);
  const key = `${edgeOfAddress(address)}`;
  const event = address.event ?? '';
  const eventMeta = spec.meta.events?.[event];
  const workingNames = Object.keys(spec.meta.delays ?? {});

  // Renaming the event or delay moves the transition: follow it with the selection.
  const moveTo = (newKey: string, change: typeof setEventName) => {
    const state = stateAt(spec, address.source) as StateSpec;
    const record = (address.kind === 'on' ? state.on : state.after) ?? {};
    const index = entryItems(record[newKey]).length;
    edit((s) => change(s, address, newKey));
    const next = { ...address, event: newKey, index };
    store.select({ kind: 'transition', address: next, edgeId: edgeOfAddress(next) });
  };

  return (
    <Form layout="vertical" size="small" data-testid="transition-inspector">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('designer.edTransition')} <Tag>{t(KIND_LABEL[address.kind])}</Tag>
      </Typography.Title>
      {address.kind === 'on' && (
        <>
          <Form.Item label={t('designer.edEventName')}>
            <CommitInput
              data-testid="event-name"
              value={event}
              check={(v) => (/^[A-Za-z][\w.]*$/.test(v) ? undefined : t('designer.edConnectEventInvalid'))}
              onCommit={(v) => moveTo(v, setEventName)}
            />
          </Form.Item>
          <Form.Item label={t('designer.edEventTitleZh')}>
            <Input
              value={eventMeta?.title.zh ?? ''}
              onChange={(e) => edit((s) => setEventTitle(s, event, 'zh', e.target.value), `event:${event}:zh`)}
            />
          </Form.Item>
          <Form.Item label={t('designer.edEventTitleEn')}>
            <Input
              value={eventMeta?.title.en ?? ''}
              onChange={(e) => edit((s) => setEventTitle(s, event, 'en', e.target.value), `event:${event}:en`)}
            />
          </Form.Item>
        </>
      )}
      {address.kind === 'after' && (
        <>
          <Form.Item label={t('designer.edDelay')}>
            <CommitInput
              data-testid="after-delay"
              value={event}
              check={(v) =>
                isDelayKey(v, registry.delays, workingNames) ? undefined : t('designer.edDurationInvalid')
              }
              onCommit={(v) => moveTo(v, setAfterDelay)}
            />
          </Form.Item>
          <WorkingDelayPicker
            key={event}
            spec={spec}
            current={event}
            testId="after-working"
            onPick={(next, name) =>
              name === event ? edit(() => next) : moveTo(name, (_s, a, k) => setAfterDelay(next, a, k))
            }
          />
        </>
      )}
      <Form.Item label={t('designer.edTarget')}>
        <Select
          data-testid="transition-target"
          showSearch
          optionFilterProp="label"
          value={target ?? (transition.target === undefined ? '' : String(transition.target))}
          options={[{ value: '', label: t('designer.edTargetNone') }, ...stateOptions(spec, lang)]}
          onChange={(value: string) =>
            edit((s) =>
              value
                ? retargetTransition(s, address, value)
                : updateTransition(s, address, ({ target: _t, ...rest }) => rest),
            )
          }
        />
      </Form.Item>
      <Form.Item label={t('designer.edGuard')}>
        <RefEditor
          testId="guard-picker"
          entries={registry.guards}
          value={transition.guard}
          noneLabel={t('designer.edGuardNone')}
          onChange={(guard) => {
            let moved: TransitionAddress | null = null;
            edit((s) => {
              const result = guardTransition(s, address, guard);
              if (result.moved) moved = result.address;
              return result.spec;
            }, `${key}:guard`);
            // A guarded transition behind an unguarded fallback could never win: it was moved before it.
            const now = moved as TransitionAddress | null;
            if (now) {
              store.select({ kind: 'transition', address: now, edgeId: edgeOfAddress(now) });
              void message.info(t('designer.edGuardMoved'));
            }
          }}
        />
      </Form.Item>
      <TransitionOrder spec={spec} address={address} />
      <Divider style={{ margin: '8px 0' }} />
      <Form.Item label={t('designer.edActions')}>
        <ActionsEditor
          entries={registry.actions}
          actions={actions}
          onAdd={(action) => edit((s) => addAction(s, address, action))}
          onChange={(index, action) => edit((s) => setAction(s, address, index, action), `${key}:action:${index}`)}
          onRemove={(index) => edit((s) => removeAction(s, address, index))}
        />
      </Form.Item>
      <Button
        danger
        icon={<DeleteOutlined />}
        onClick={() => {
          edit((s) => removeTransition(s, address));
          store.select(null);
        }}
      >
        {t('designer.edDeleteTransition')}
      </Button>
    </Form>
  );
}
