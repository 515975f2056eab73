// The simple flow's cards: 发起人, one per node (with move/copy/delete when selected), branch headers, joins, 结束.
import { ArrowDownOutlined, ArrowUpOutlined, CopyOutlined, DeleteOutlined } from '@ant-design/icons';
import type { FlowNode } from '@liucheng/engine';
import { Handle, Position, type NodeProps, type NodeTypes } from '@xyflow/react';
import { Button, Space, Tooltip, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLabel } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { answerLines } from './answer-text';
import { ANSWER_LINE_HEIGHT, cardSize } from './layout-tree-graph';
import { allNodes } from './model/tree-edits';
import type { TreeGraphNode } from './model/tree-graph';
import { conditionText, KIND_LABEL, nodeSummary, roleLabel } from './node-text';
import { useSimpleFlow } from './simple-flow-context';

export type CardData = { graph: TreeGraphNode };

const COLORS: Record<string, string> = {
  start: '#8c8c8c',
  approver: '#fa8c16',
  handler: '#722ed1',
  cc: '#1677ff',
  condition: '#13a8a8',
  parallel: '#2f54eb',
  delay: '#a0d911',
  watch: '#eb2f96',
  branch: '#13a8a8',
  end: '#595959',
};

const handles = (
  <>
    <Handle type="target" position={Position.Top} style={{ opacity: 0 }} isConnectable={false} />
    <Handle type="source" position={Position.Bottom} style={{ opacity: 0 }} isConnectable={false} />
  </>
);

function Card({
  testId,
  color,
  heading,
  selected,
  onClick,
  children,
  size,
}: {
  testId: string;
  color: string;
  heading: ReactNode;
  selected: boolean;
  onClick: () => void;
  children?: ReactNode;
  size: { width: number; height: number };
}) {
  const style: CSSProperties = {
    ...size,
    background: '#fff',
    borderRadius: 8,
    border: `2px solid ${selected ? '#1677ff' : '#f0f0f0'}`,
    boxShadow: '0 1px 4px rgba(0,0,0,0.08)',
    overflow: 'hidden',
    cursor: 'pointer',
  };
  return (
    <div data-testid={testId} style={style} onClick={onClick} role="button" aria-pressed={selected}>
      {handles}
      <div style={{ background: color, color: '#fff', padding: '2px 8px', fontSize: 12 }}>{heading}</div>
      <div style={{ padding: '4px 8px', fontSize: 12 }}>{children}</div>
    </div>
  );
}

function StepTools({ node }: { node: FlowNode }) {
  const { t } = useTranslation();
  const flow = useSimpleFlow();
  const stop = (run: () => void) => (e: React.MouseEvent) => {
    e.stopPropagation();
    run();
  };
  const tool = (label: string, icon: ReactNode, run: () => void, testId: string) => (
    <Tooltip title={label}>
      <Button size="small" type="text" aria-label={label} data-testid={testId} icon={icon} onClick={stop(run)} />
    </Tooltip>
  );
  return (
    <Space size={0} style={{ float: 'right' }}>
      {tool(t('simple.moveUp'), <ArrowUpOutlined />, () => flow.move(node.key, -1), `simple-up-${node.key}`)}
      {tool(t('simple.moveDown'), <ArrowDownOutlined />, () => flow.move(node.key, 1), `simple-down-${node.key}`)}
      {tool(t('simple.copy'), <CopyOutlined />, () => flow.copy(node.key), `simple-copy-${node.key}`)}
      {tool(t('simple.remove'), <DeleteOutlined />, () => flow.remove(node.key), `simple-delete-${node.key}`)}
    </Space>
  );
}

function StartCard({ data }: NodeProps & { data: CardData }) {
  const { t } = useTranslation();
  const flow = useSimpleFlow();
  const roles = flow.tree.start.starterRoles ?? [];
  return (
    <Card
      testId="simple-node-start"
      color={COLORS.start}
      heading={t('simple.kindStart')}
      selected={flow.selection?.kind === 'start'}
      onClick={() => flow.select({ kind: 'start' })}
      size={cardSize(data.graph)}
    >
      {roles.length === 0
        ? t('simple.anyone')
        : t('simple.starterRoles', { roles: roles.map((r) => roleLabel(t, r)).join('、') })}
    </Card>
  );
}

function StepCard({ data }: NodeProps & { data: CardData }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const flow = useSimpleFlow();
  if (data.graph.type !== 'step') return null;
  const node = data.graph.node;
  const selected = flow.selection?.kind === 'node' && flow.selection.key === node.key;
  return (
    <Card
      testId={`simple-node-${node.key}`}
      color={COLORS[node.kind]}
      heading={
        <>
          {t(KIND_LABEL[node.kind])}
          {selected && <StepTools node={node} />}
        </>
      }
      selected={selected}
      onClick={() => flow.select({ kind: 'node', key: node.key })}
      size={cardSize(data.graph)}
    >
      <Typography.Text strong ellipsis style={{ display: 'block' }}>
        {pickLabel(node.title, lang, t(KIND_LABEL[node.kind]))}
      </Typography.Text>
      <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
        {nodeSummary(t, node, flow.tree.start.form, lang)}
      </Typography.Text>
      {node.kind === 'handler' &&
        answerLines(t, flow.tree, node, lang).map((line, i) => (
          <Typography.Text
            key={i}
            ellipsis={{ tooltip: line }}
            data-testid={`simple-answer-line-${node.key}-${i}`}
            style={{ display: 'block', fontSize: 12, lineHeight: `${ANSWER_LINE_HEIGHT}px` }}
          >
            {line}
          </Typography.Text>
        ))}
    </Card>
  );
}

function BranchCard({ data }: NodeProps & { data: CardData }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const flow = useSimpleFlow();
  if (data.graph.type !== 'branch') return null;
  const { owner, branch } = data.graph;
  const node = allNodes(flow.tree.nodes).find((n) => n.key === owner);
  let title = '';
  let line = '';
  if (node?.kind === 'condition') {
    const b = branch < 0 ? node.otherwise : node.branches[branch];
    title = pickLabel(b?.title, lang, branch < 0 ? t('simple.otherwise') : '');
    line =
      branch < 0
        ? t('simple.otherwiseHint')
        : (node.branches[branch]?.when ?? []).map((c) => conditionText(t, c, flow.tree.start.form, lang)).join('，') ||
          t('simple.conditionEmpty');
  } else if (node?.kind === 'watch') {
    title = pickLabel(node.line.title, lang, t('simple.watchLine'));
    line = t('simple.watchLineHint');
  } else if (node?.kind === 'parallel') {
    title = pickLabel(node.branches[branch]?.title, lang, t('simple.parallelBranch', { n: branch + 1 }));
  }
  const selected =
    flow.selection?.kind === 'branch' && flow.selection.owner === owner && flow.selection.branch === branch;
  return (
    <Card
      testId={`simple-branch-${owner}-${branch}`}
      color={COLORS.branch}
      heading={title}
      selected={selected}
      onClick={() => flow.select({ kind: 'branch', owner, branch })}
      size={cardSize(data.graph)}
    >
      <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
        {line}
      </Typography.Text>
    </Card>
  );
}

function JoinDot() {
  return <div style={{ width: 12, height: 12, borderRadius: 6, background: '#bfbfbf' }}>{handles}</div>;
}

function EndCard({ data }: NodeProps & { data: CardData }) {
  const { t } = useTranslation();
  const flow = useSimpleFlow();
  return (
    <div
      data-testid="simple-node-end"
      onClick={() => flow.select({ kind: 'end' })}
      style={{
        ...cardSize(data.graph),
        borderRadius: 20,
        background: flow.selection?.kind === 'end' ? '#e6f4ff' : '#fafafa',
        border: '1px solid #d9d9d9',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        cursor: 'pointer',
      }}
    >
      {handles}
      {t('simple.kindEnd')}
    </div>
  );
}

export const simpleNodeTypes: NodeTypes = {
  start: StartCard,
  step: StepCard,
  branch: BranchCard,
  join: JoinDot,
  end: EndCard,
};
