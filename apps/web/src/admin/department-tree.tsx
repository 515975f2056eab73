// The org tree; each department shows its name and head.
import type { DepartmentNode } from '@liucheng/contracts';
import { Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useLanguage } from '../i18n/use-language';
import { pickLabel } from '../i18n/localize';
import { useDisplayNames } from '../users/use-display-name';

export interface DepartmentTreeProps {
  roots: DepartmentNode[];
  selected: string | null;
  onSelect: (id: string | null) => void;
}

export function DepartmentTree({ roots, selected, onSelect }: DepartmentTreeProps) {
  const language = useLanguage();
  const nameOf = useDisplayNames();
  const toData = (node: DepartmentNode): DataNode => ({
    key: node.id,
    title: (
      <span data-department={node.code}>
        {pickLabel(node.name, language, node.code)}
        {node.head && <Typography.Text type="secondary"> · {nameOf(node.head)}</Typography.Text>}
      </span>
    ),
    children: node.children.map(toData),
  });
  return (
    <Tree
      treeData={roots.map(toData)}
      defaultExpandAll
      selectedKeys={selected ? [selected] : []}
      onSelect={(keys) => onSelect(keys.length ? String(keys[0]) : null)}
      data-testid="department-tree"
    />
  );
}
