// The validation problems of the draft (errors first, then warnings), each labelled by its code;
// clicking one selects and zooms to the state or transition.
import { CheckCircleOutlined } from '@ant-design/icons';
import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemTarget } from '../../graph/problem-target';
import { problemLabel } from '../../common/problem-label';
import { useDesignerStore, useDesignerStoreApi } from '../editing/use-designer-store';
import { addressOfEdge } from './edge-address';

export function ProblemsList() {
  const { t } = useTranslation();
  const store = useDesignerStoreApi();
  const { spec, validation } = useDesignerStore();
  if (!spec) return null;
  const problems = [...validation.errors, ...validation.warnings];
  if (problems.length === 0) {
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
      dataSource={problems}
      renderItem={(problem) => {
        const target = problemTarget(problem.path, spec);
        const open = () => {
          if (target.edgeId)
            store.select({ kind: 'transition', edgeId: target.edgeId, address: addressOfEdge(target.edgeId) });
          else if (target.nodeId) store.select({ kind: 'state', path: target.nodeId });
          const id = target.edgeId ?? target.nodeId;
          if (id) store.focusOn(id);
        };
        const warning = problem.severity === 'warning';
        return (
          <List.Item
            onClick={open}
            data-severity={warning ? 'warning' : 'error'}
            data-code={problem.code}
            style={{ cursor: target.edgeId || target.nodeId ? 'pointer' : 'default' }}
          >
            <div>
              <Tag color={warning ? 'warning' : 'error'}>
                {warning ? t('problems.severityWarning') : t('problems.severityError')}
              </Tag>
              <Typography.Text type={warning ? 'warning' : 'danger'}>{problemLabel(problem, t)}</Typography.Text>
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
