// The diff between two specs: a legend, the bilingual text summary and both sides with changes coloured.
import { Card, Col, List, Row, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { CHANGE_COLORS, diffHighlights } from './diff-highlights';
import { HighlightedDiagram } from './highlighted-diagram';
import { diffSpecs } from './spec-diff';
import { StateOutline } from './state-outline';

export interface DiffSide {
  label: string;
  spec: unknown;
}

export interface VersionDiffProps {
  before: DiffSide;
  after: DiffSide;
}

export function VersionDiff({ before, after }: VersionDiffProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const diff = useMemo(() => diffSpecs(before.spec, after.spec), [before.spec, after.spec]);
  const sides = [
    { side: 'before' as const, title: t('designer.diffBefore', { label: before.label }), spec: before.spec },
    { side: 'after' as const, title: t('designer.diffAfter', { label: after.label }), spec: after.spec },
  ];
  return (
    <Space data-testid="version-diff" orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <Tag color={CHANGE_COLORS.added}>{t('designer.diffAdded')}</Tag>
        <Tag color={CHANGE_COLORS.removed}>{t('designer.diffRemoved')}</Tag>
        <Tag color={CHANGE_COLORS.changed}>{t('designer.diffChanged')}</Tag>
      </Space>
      <Card size="small" title={t('designer.diffSummary')}>
        <List
          data-testid="diff-summary"
          size="small"
          dataSource={language === 'en' ? diff.summary.en : diff.summary.zh}
          renderItem={(line) => <List.Item>{line}</List.Item>}
        />
      </Card>
      <Row gutter={[12, 12]}>
        {sides.map(({ side, title, spec }) => {
          const highlights = diffHighlights(diff, side);
          const colors = Object.fromEntries(
            Object.entries(highlights.nodes).map(([path, kind]) => [path, CHANGE_COLORS[kind]]),
          );
          return (
            <Col key={side} span={24}>
              <Card size="small" title={<Typography.Text>{title}</Typography.Text>} data-testid={`diff-${side}`}>
                <HighlightedDiagram spec={spec} highlights={highlights} testId={`diff-diagram-${side}`} />
                <StateOutline spec={spec} colors={colors} testId={`diff-outline-${side}`} />
              </Card>
            </Col>
          );
        })}
      </Row>
    </Space>
  );
}
