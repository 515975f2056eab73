// The approval timeline (task and instance pages): every step with its approvers' names, decisions,
// comments and times, every action (转办, 委派, 加签, 驳回, 抄送, 撤回, 催办), and who is being waited for.
import type { HistoryEntry } from '@liucheng/contracts';
import { Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDirectory, usePersonName } from '../api/directory.api';
import { formatDateTime } from '../i18n/format';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { stateTitle, type SpecMeta } from '../spec/spec-meta';
import { ApprovalStepCard } from './approval-step-card';
import { stepTask } from './approval-spec';
import { eventNote, eventText } from './timeline-event-text';
import { buildTimeline, type TimelineItem } from './timeline-model';

export interface ApprovalTimelineProps {
  entries: HistoryEntry[];
  context: Record<string, unknown>;
  spec: unknown;
  meta: SpecMeta;
  /** The instance, for 减签 on its open steps. */
  instanceId?: string;
}

export function ApprovalTimeline({ entries, context, spec, meta, instanceId }: ApprovalTimelineProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = usePersonName();
  // Names come from the directory: draw once it answered (or failed), so no username flashes first.
  const directory = useDirectory();
  const items = buildTimeline(entries, context, spec);
  const outcomeLabel = (type: string) => pickLabel(meta.events[type]?.title, language, type);
  const stateLabel = (path: string) => pickLabel(stepTask(spec, path)?.title ?? stateTitle(spec, path), language, path);

  if (directory.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (!items.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('approvals.timelineEmpty')} />;

  const content = (item: TimelineItem) => {
    if (item.kind === 'start')
      return <Typography.Text>{t('approvals.started', { user: name(item.actor) })}</Typography.Text>;
    if (item.kind === 'step')
      return (
        <ApprovalStepCard
          step={item}
          title={stateLabel(item.statePath)}
          name={name}
          outcomeLabel={outcomeLabel}
          instanceId={instanceId}
        />
      );
    const note = eventNote(item.data);
    return (
      <div data-testid="timeline-event" data-type={item.type}>
        <Typography.Text>
          {eventText({ ...item, name, stateLabel, eventLabel: outcomeLabel, language }, t)}
        </Typography.Text>
        {note && (
          <div>
            <Typography.Text type="secondary">
              {note.kind === 'reason'
                ? t('approvals.reason', { reason: note.text })
                : t('approvals.comment', { comment: note.text })}
            </Typography.Text>
          </div>
        )}
      </div>
    );
  };

  return (
    <div data-testid="approval-timeline">
      <Timeline
        items={items.map((item) => ({
          key: item.seq,
          color: color(item),
          content: (
            <div>
              {content(item)}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(item.at, language)}
                </Typography.Text>
              </div>
            </div>
          ),
        }))}
      />
    </div>
  );
}

function color(item: TimelineItem): string {
  if (item.kind !== 'step') return item.kind === 'start' ? 'blue' : 'gray';
  if (item.status === 'approved') return 'green';
  if (item.status === 'rejected') return 'red';
  if (item.status === 'open') return 'blue';
  return 'gray';
}
