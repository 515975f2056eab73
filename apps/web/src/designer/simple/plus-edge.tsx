// An edge of the simple flow with a "+" in its middle: a menu of node kinds to insert there.
import { PlusOutlined } from '@ant-design/icons';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { INSERT_KINDS } from './model/tree-edits';
import type { TreeGraphEdge } from './model/tree-graph';
import { KIND_LABEL } from './node-text';
import { useSimpleFlow } from './simple-flow-context';

export type PlusEdgeData = { edge: TreeGraphEdge };

function PlusEdge({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd }: EdgeProps) {
  const { t } = useTranslation();
  const flow = useSimpleFlow();
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const edge = (data as PlusEdgeData | undefined)?.edge;
  const insert = edge?.insert;
  return (
    <>
      <BaseEdge path={path} markerEnd={markerEnd} />
      {insert && edge && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan"
            style={{
              position: 'absolute',
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              pointerEvents: 'all',
            }}
          >
            <Dropdown
              trigger={['click']}
              menu={{
                items: INSERT_KINDS.map((kind) => ({
                  key: kind,
                  label: <span data-testid={`simple-insert-${kind}`}>{t(KIND_LABEL[kind])}</span>,
                })),
                onClick: ({ key }) => flow.insert(insert.line, insert.index, key as (typeof INSERT_KINDS)[number]),
              }}
            >
              <Button
                shape="circle"
                size="small"
                type="primary"
                icon={<PlusOutlined />}
                aria-label={t('simple.insert')}
                data-testid={`simple-plus-${edge.source}-${edge.target}`}
              />
            </Dropdown>
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const simpleEdgeTypes: EdgeTypes = { plus: PlusEdge };
