// Shows what an imported file holds before anything is saved: refusal, or the validation problems with paths.
import { Alert, Checkbox, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../common/error-alert';
import { problemLabel } from '../../common/problem-label';
import { hasErrors, mayImport, type ImportCheck } from './spec-file';

export interface ImportReviewModalProps {
  fileName: string;
  check: ImportCheck;
  /** Keys that already exist (new-workflow import): importing one replaces its draft. */
  existingKeys?: string[];
  saving: boolean;
  saveError: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ImportReviewModal(props: ImportReviewModalProps) {
  const { fileName, check, existingKeys, saving, saveError, onConfirm, onCancel } = props;
  const { t } = useTranslation();
  const [accepted, setAccepted] = useState(false);
  return (
    <Modal
      open
      title={t('designer.importTitle')}
      okText={t('designer.importConfirm')}
      cancelText={t('designer.cancel')}
      okButtonProps={{ disabled: !mayImport(check, accepted), loading: saving, 'data-testid': 'import-confirm' }}
      onOk={onConfirm}
      onCancel={onCancel}
      width={720}
    >
      <Typography.Paragraph type="secondary">{t('designer.importFile', { name: fileName })}</Typography.Paragraph>
      <div data-testid="import-review" data-kind={check.kind}>
        <CheckResult check={check} existingKeys={existingKeys} />
      </div>
      {hasErrors(check) && (
        <Checkbox
          data-testid="import-accept"
          checked={accepted}
          onChange={(e) => setAccepted(e.target.checked)}
          style={{ marginTop: 12 }}
        >
          {t('designer.importAccept')}
        </Checkbox>
      )}
      {saveError ? <ErrorAlert error={saveError} /> : null}
    </Modal>
  );
}

function CheckResult({ check, existingKeys }: { check: ImportCheck; existingKeys?: string[] }) {
  const { t } = useTranslation();
  switch (check.kind) {
    case 'unreadable':
      return <Alert type="error" showIcon title={t('designer.importUnreadable', { message: check.message })} />;
    case 'not-a-spec':
      return <Alert type="error" showIcon title={t('designer.importNotSpec')} />;
    case 'wrong-id':
      return (
        <Alert
          type="error"
          showIcon
          title={
            check.expected === undefined
              ? t('designer.importBadKey', { id: check.id })
              : t('designer.importWrongId', { id: check.id, expected: check.expected })
          }
        />
      );
    case 'spec':
      return (
        <>
          {existingKeys?.includes(check.key) && (
            <Alert
              type="warning"
              showIcon
              title={t('designer.importReplacesDraft', { id: check.key })}
              style={{ marginBottom: 8 }}
            />
          )}
          {check.problems.length === 0 ? (
            <Alert type="success" showIcon title={t('designer.importClean')} />
          ) : (
            <Alert
              type="warning"
              showIcon
              title={t('designer.importProblems', { count: check.problems.length })}
              description={
                <ul data-testid="import-problems" style={{ margin: 0, paddingInlineStart: 20 }}>
                  {check.problems.map((p) => (
                    <li key={`${p.path}:${p.code}:${p.message}`} data-severity={p.severity}>
                      <Typography.Text code>{p.path}</Typography.Text>{' '}
                      {p.severity === 'warning' ? `${t('problems.severityWarning')}: ` : ''}
                      {problemLabel(p, t)}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
        </>
      );
  }
}
