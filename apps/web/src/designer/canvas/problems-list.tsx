// The validation problems of the draft; clicking one selects and zooms to the state or transition.
import { CheckCircleOutlined } from '@ant-design/icons';
import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemTarget } from '../../graph/problem-target';
import { useDesignerStore, useDesignerStoreApi } from '../editing/use-designer-store';
import { addressOfEdge } from './edge-address';

export function ProblemsList() {
  const { t } = useTranslation();
  const store = useDesignerStoreApi();
  const { spec, validation } = useDesignerStore();
  if (!spec) return null;
  if (validation.errors.length === 0) {
    return (
      <Typography.Text type="success" data-testid="problems-none">
        <CheckCircleOutlined /> {t('designer.edProblemsNone')}
      </Typography.Text>
    );
  }
  return (
    <List
      size="small"
      data-testid="problems-list"
      dataSource={validation.errors}
      renderItem={(problem) => {
        const target = problemTarget(problem.path, spec);
        const open = () => {
          if (target.edgeId)
            store.select({ kind: 'transition', edgeId: target.edgeId, address: addressOfEdge(target.edgeId) });
          else if (target.nodeId) store.select({ kind: 'state', path: target.nodeId });
          const id = target.edgeId ?? target.nodeId;
          if (id) store.focusOn(id);
        };
        return (
          <List.Item onClick={open} style={{ cursor: target.edgeId || target.nodeId ? 'pointer' : 'default' }}>
            <div>
              <Typography.Text type="danger">{problem.message}</Typography.Text>
              <div>
                <Typography.Text code style={{ fontSize: 11 }}>
                  {problem.path || t('designer.edProblemsDefinition')}
                </Typography.Text>
              </div>
            </div>
          </List.Item>
        );
      }}
    />
  );
}
