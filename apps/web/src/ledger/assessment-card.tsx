// 月度百分制考核加分: the month's points per unit, as business development reports them to the assessment group.
import type { AssessmentReport } from '@liucheng/contracts';
import { Card, DatePicker, Flex, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssessment } from '../api/ledger.api';
import { ErrorAlert } from '../common/error-alert';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';

type Unit = AssessmentReport['units'][number];

/** This month in Asia/Shanghai, `yyyy-MM`. */
const shanghaiMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);

export function AssessmentCard() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [month, setMonth] = useState(shanghaiMonth);
  const report = useAssessment(month);
  const data = report.data;
  return (
    <Card
      size="small"
      data-testid="ledger-assessment"
      title={t('ledger.assessment')}
      extra={
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('ledger.assessmentMonth')}
          value={dayjs(`${month}-01`)}
          onChange={(value) => value && setMonth(value.format('YYYY-MM'))}
        />
      }
    >
      {report.error && <ErrorAlert error={report.error} />}
      <Flex vertical gap={8}>
        {data?.reportedTo && (
          <Typography.Text type="secondary">
            {t('ledger.assessmentReport', {
              by: data.reportedBy ? t(`roles.${data.reportedBy}`, { defaultValue: data.reportedBy }) : '—',
              to: pickLabel(data.reportedTo, language),
            })}
          </Typography.Text>
        )}
        <Table<Unit>
          rowKey={(u) => u.department?.id ?? u.department?.name.zh ?? 'none'}
          size="small"
          loading={report.isPending}
          dataSource={data?.units ?? []}
          pagination={false}
          locale={{ emptyText: t('ledger.assessmentEmpty') }}
          columns={[
            {
              title: t('ledger.assessmentUnit'),
              dataIndex: 'department',
              render: (_, u) => (u.department ? pickLabel(u.department.name, language) : t('ledger.none')),
            },
            { title: t('ledger.points'), dataIndex: 'points', align: 'right' },
            { title: t('ledger.entries'), dataIndex: 'entries', align: 'right' },
          ]}
        />
        {data && data.units.length > 0 && (
          <Typography.Text strong>{t('ledger.assessmentTotal', { points: data.totalPoints })}</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
