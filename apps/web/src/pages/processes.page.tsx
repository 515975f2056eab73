// Process catalogue: one card per definition; Start opens the start form.
import type { DefinitionSummary } from '@liucheng/contracts';
import { Col, Empty, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryResult } from '../common/query-result';
import { DefinitionCard } from '../processes/definition-card';
import { useStartableDefinitions } from '../processes/use-startable-definitions';
import { StartInstanceModal } from '../processes/start-instance-modal';

export function ProcessesPage() {
  const { t } = useTranslation();
  const definitions = useStartableDefinitions();
  const [starting, setStarting] = useState<DefinitionSummary | null>(null);

  return (
    <>
      <Typography.Title level={3}>{t('processes.title')}</Typography.Title>
      <QueryResult query={definitions}>
        {(items) =>
          items.length === 0 ? (
            <Empty description={t('inbox.noStartable')} />
          ) : (
            <Row gutter={[16, 16]}>
              {items.map((definition) => (
                <Col key={definition.key} xs={24} sm={12} lg={8}>
                  <DefinitionCard definition={definition} onStart={() => setStarting(definition)} />
                </Col>
              ))}
            </Row>
          )
        }
      </QueryResult>
      {starting && <StartInstanceModal definition={starting} onClose={() => setStarting(null)} />}
    </>
  );
}
