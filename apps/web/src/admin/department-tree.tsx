// The org tree; each department shows its name and head.
import type { DepartmentNode } from '@liucheng/contracts';
import { Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useState } from 'react';
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
  // Everything open unless the admin closed it, so a new department shows under its parent.
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const keys: string[] = [];
  const collect = (nodes: DepartmentNode[]) => nodes.forEach((node) => (keys.push(node.id), collect(node.children)));
  collect(roots);
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
      expandedKeys={keys.filter((key) => !collapsed.has(key))}
      onExpand={(expanded) => {
        const open = new Set(expanded.map(String));
        setCollapsed(new Set(keys.filter((key) => !open.has(key))));
      }}
      selectedKeys={selected ? [selected] : []}
      onSelect={(keys) => onSelect(keys.length ? String(keys[0]) : null)}
      data-testid="department-tree"
    />
  );
}
