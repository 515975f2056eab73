// One approval step of the timeline: its title, mode and status, then each approver's place.
import { Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentLink } from '../attachments/attachment-link';
import { formatDateTime } from '../i18n/format';
import { useSession } from '../auth/session-context';
import { useLanguage } from '../i18n/use-language';
import { RemoveApproverButton } from './remove-approver-button';
import type { SlotStatus, SlotView, StepStatus, TimelineItem } from './timeline-model';
import { waitingFor } from './timeline-model';

type Step = Extract<TimelineItem, { kind: 'step' }>;

const MODE = {
  any: 'approvals.modeAny',
  all: 'approvals.modeAll',
  sequential: 'approvals.modeSequential',
  vote: 'approvals.modeVote',
} as const;

const STEP: Record<StepStatus, [string, string]> = {
  resolving: ['approvals.stepResolving', 'processing'],
  open: ['approvals.stepOpen', 'processing'],
  approved: ['approvals.stepApproved', 'success'],
  rejected: ['approvals.stepRejected', 'error'],
  cancelled: ['approvals.stepCancelled', 'default'],
  empty: ['approvals.stepEmpty', 'default'],
  done: ['approvals.stepDone', 'default'],
};

const SLOT: Record<Exclude<SlotStatus, 'none'>, [string, string]> = {
  waiting: ['approvals.slotWaiting', 'default'],
  pending: ['approvals.slotPending', 'processing'],
  approved: ['approvals.slotApproved', 'success'],
  rejected: ['approvals.slotRejected', 'error'],
  removed: ['approvals.slotRemoved', 'default'],
  closed: ['approvals.slotClosed', 'default'],
};

export interface ApprovalStepCardProps {
  step: Step;
  title: string;
  name: (username: string) => string;
  outcomeLabel: (type: string) => string;
  /** Given, an added approver who has not decided can be removed (减签) by whoever added them or an admin. */
  instanceId?: string;
}

export function ApprovalStepCard({ step, title, name, outcomeLabel, instanceId }: ApprovalStepCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { session } = useSession();
  const me = session?.user;
  const removable = (slot: SlotView) =>
    instanceId !== undefined &&
    step.current &&
    step.status === 'open' &&
    slot.id !== undefined &&
    slot.addedBy !== undefined &&
    (slot.status === 'pending' || slot.status === 'waiting') &&
    (me?.username === slot.addedBy || (me?.roles.includes('admin') === true && !me.roles.includes('auditor')));
  const [statusKey, statusColor] = STEP[step.status];
  const waiting = waitingFor(step);
  const list = (users: string[]) => users.map(name).join(language === 'en' ? ', ' : '、');
  return (
    <Flex vertical gap={6} data-testid="approval-step" data-state={step.statePath} data-status={step.status}>
      <Space size={[6, 4]} wrap>
        <Typography.Text strong>{title}</Typography.Text>
        <Tag>{t(MODE[step.mode])}</Tag>
        <Tag color={statusColor}>{t(statusKey as 'approvals.stepOpen')}</Tag>
        {step.round > 1 && (
          <Typography.Text type="secondary">{t('approvals.round', { round: step.round })}</Typography.Text>
        )}
      </Space>
      {step.slots.map((slot, index) => (
        <SlotLine
          key={`${slot.user}-${index}`}
          slot={slot}
          name={name}
          outcomeLabel={outcomeLabel}
          action={
            removable(slot) && instanceId && slot.id ? (
              <RemoveApproverButton
                instanceId={instanceId}
                statePath={step.statePath}
                slotId={slot.id}
                userName={name(slot.user)}
              />
            ) : undefined
          }
        />
      ))}
      {waiting.length > 0 && (
        <Typography.Text type="warning" data-testid="waiting-for">
          {t('approvals.waitingFor', { users: list(waiting) })}
        </Typography.Text>
      )}
    </Flex>
  );
}

function SlotLine({
  slot,
  name,
  outcomeLabel,
  action,
}: {
  slot: SlotView;
  name: (u: string) => string;
  outcomeLabel: (type: string) => string;
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = (users: string[]) => users.map(name).join(language === 'en' ? ', ' : '、');
  const notes: string[] = [];
  if (slot.role === 'before') notes.push(t('approvals.roleBefore'));
  if (slot.role === 'after') notes.push(t('approvals.roleAfter'));
  if (slot.onBehalfOf) notes.push(t('approvals.onBehalfOf', { user: name(slot.onBehalfOf) }));
  if (slot.transferredFrom) notes.push(t('approvals.transferredFrom', { users: list(slot.transferredFrom) }));
  if (slot.delegate) notes.push(t('approvals.delegatedTo', { user: name(slot.delegate) }));
  if (slot.addedBy) notes.push(t('approvals.addedBy', { user: name(slot.addedBy) }));
  if (slot.auto === 'starter') notes.push(t('approvals.autoStarter'));
  if (slot.auto === 'dedupe') notes.push(t('approvals.autoDedupe'));
  if (slot.by && slot.by !== slot.user && slot.by !== 'system') notes.push(t('approvals.by', { user: name(slot.by) }));
  const status = slot.status === 'none' ? undefined : SLOT[slot.status];
  const decided = slot.status === 'approved' || slot.status === 'rejected';
  return (
    <Flex
      vertical
      gap={2}
      style={{ paddingInlineStart: 8, borderInlineStart: '2px solid #f0f0f0' }}
      data-testid="approval-slot"
      data-user={slot.user}
      data-slot-status={slot.status}
    >
      <Space size={[6, 2]} wrap>
        <Typography.Text>{name(slot.user)}</Typography.Text>
        {status && (
          <Tag color={status[1]}>
            {decided && slot.outcome && !slot.auto
              ? outcomeLabel(slot.outcome)
              : t(status[0] as 'approvals.slotPending')}
          </Tag>
        )}
        {slot.at && <Typography.Text type="secondary">{formatDateTime(slot.at, language)}</Typography.Text>}
        {action}
      </Space>
      {notes.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {notes.join(language === 'en' ? ' · ' : '・')}
        </Typography.Text>
      )}
      {slot.comment && <Typography.Text>{t('approvals.comment', { comment: slot.comment })}</Typography.Text>}
      {slot.files && (
        <Space size={[8, 2]} wrap data-testid="slot-files">
          {slot.files.map((file) => (
            <AttachmentLink key={file.attachmentId} value={file} />
          ))}
        </Space>
      )}
    </Flex>
  );
}
