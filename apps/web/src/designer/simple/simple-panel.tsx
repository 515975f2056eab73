// Simple mode's side panel: the settings of what is selected, in plain words.
import type { FlowNode, FlowTree } from '@liucheng/engine';
import { Empty, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { declaredSearch, pruneRemovedFields, withSearch } from '../../spec/search-fields';
import { FormBuilder } from '../inspector/form-builder';
import { SearchFieldsSelect } from '../inspector/search-fields-select';
import { ApproverPanel } from './approver-panel';
import { ConditionBranchPanel, ParallelBranchPanel } from './branch-panels';
import { allNodes, updateNode } from './model/tree-edits';
import { NamePair, RolePicker } from './panel-parts';
import type { SimpleSelection } from './simple-selection';
import { CcPanel, DelayPanel, HandlerPanel } from './step-panels';
import { useSimpleTree } from './use-simple-tree';
import { WatchPanel } from './watch-panel';

export function SimplePanel({ selection }: { selection: SimpleSelection }) {
  const { t } = useTranslation();
  const { read, edit } = useSimpleTree();
  if (!read?.ok || !selection) return <Empty description={t('simple.selectHint')} />;
  const tree = read.tree;
  if (selection.kind === 'start') return <StartPanel tree={tree} edit={edit} />;
  if (selection.kind === 'end') return <Typography.Paragraph>{t('simple.endHint')}</Typography.Paragraph>;
  const key = selection.kind === 'node' ? selection.key : selection.owner;
  const node = allNodes(tree.nodes).find((n) => n.key === key);
  if (!node) return <Empty description={t('simple.selectHint')} />;
  const change = (next: FlowNode, coalesceKey?: string) =>
    edit((tr) => updateNode(tr, key, () => next), coalesceKey && `${key}:${coalesceKey}`);
  if (selection.kind === 'branch') {
    if (node.kind === 'condition')
      return <ConditionBranchPanel tree={tree} node={node} branch={selection.branch} change={change} />;
    if (node.kind === 'parallel')
      return <ParallelBranchPanel tree={tree} node={node} branch={selection.branch} change={change} />;
    if (node.kind === 'watch') return <WatchPanel node={node} change={change} />;
    return null;
  }
  switch (node.kind) {
    case 'approver':
      return <ApproverPanel tree={tree} node={node} change={change} />;
    case 'handler':
      return (
        <HandlerPanel
          tree={tree}
          node={node}
          change={change}
          changeTree={(update, coalesceKey) => edit(update, coalesceKey && `${key}:${coalesceKey}`)}
        />
      );
    case 'cc':
      return <CcPanel node={node} change={change} />;
    case 'watch':
      return <WatchPanel node={node} change={change} />;
    case 'delay':
      return (
        <DelayPanel
          tree={tree}
          node={node}
          change={change}
          changeTree={(update, coalesceKey) => edit(update, coalesceKey && `${key}:${coalesceKey}`)}
        />
      );
    case 'condition':
    case 'parallel':
      return (
        <Form layout="vertical" data-testid="simple-branching-panel">
          <NamePair
            testId="simple-name"
            value={node.title}
            onChange={(title, l) => change({ ...node, title }, `name:${l}`)}
          />
          <Typography.Paragraph type="secondary">
            {t(node.kind === 'condition' ? 'simple.branchingHint' : 'simple.parallelHint')}
          </Typography.Paragraph>
        </Form>
      );
  }
}

function StartPanel({ tree, edit }: { tree: FlowTree; edit: ReturnType<typeof useSimpleTree>['edit'] }) {
  const { t } = useTranslation();
  return (
    <Form layout="vertical" data-testid="simple-start-panel">
      <Form.Item label={t('simple.starterRolesLabel')} extra={t('simple.anyoneHint')}>
        <RolePicker
          multiple
          testId="simple-starter-roles"
          value={tree.start.starterRoles ?? []}
          onChange={(roles) =>
            edit((tr) => ({ ...tr, start: { ...tr.start, starterRoles: roles.length > 0 ? roles : undefined } }))
          }
        />
      </Form.Item>
      <Form.Item label={t('simple.startForm')}>
        <FormBuilder
          plain
          form={tree.start.form}
          onChange={(form, key) =>
            edit(
              (tr) => {
                // A field taken off the form is no longer searched (paths the process writes stay).
                const search = pruneRemovedFields(declaredSearch(tr), tr.start.form, form);
                const meta = search.length === declaredSearch(tr).length ? tr.meta : withSearch(tr.meta, search);
                return { ...tr, start: { ...tr.start, form }, meta };
              },
              key && `start:${key}`,
            )
          }
        />
      </Form.Item>
      <SearchFieldsSelect
        spec={{ meta: { ...tree.meta, input: tree.start.form, events: tree.events } }}
        value={declaredSearch(tree)}
        onChange={(search) => edit((tr) => ({ ...tr, meta: withSearch(tr.meta, search) }))}
      />
    </Form>
  );
}
