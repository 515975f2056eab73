// Shows an API error: what happened, the server's message, each field problem (labelled by its code
// when it has one) and the accepted events.
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { summariseError } from './error-summary';
import { problemLabel } from './problem-label';

export interface ErrorAlertProps {
  error: unknown;
  title?: string;
  /** Names an event type for the "accepted events" line (its localized title). */
  labelEvent?: (type: string) => string;
  /** data-testid of the alert, for tests that wait for a refusal. */
  testId?: string;
}

export function ErrorAlert({ error, title, labelEvent = (type) => type, testId }: ErrorAlertProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const summary = summariseError(error, t);
  // The server's English message is for developers: the Chinese UI shows the headline and the
  // problems worded by their codes instead.
  const showMessage = !summary.untranslated || language === 'en';
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={title ? `${title}: ${summary.headline}` : summary.headline}
      description={
        <>
          {showMessage && <Typography.Paragraph style={{ marginBottom: 4 }}>{summary.message}</Typography.Paragraph>}
          {summary.problems.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {summary.problems.map((problem) => (
                <li key={`${problem.path}:${problem.message}`}>
                  {problem.path && <Typography.Text code>{problem.path}</Typography.Text>} {problemLabel(problem, t)}
                </li>
              ))}
            </ul>
          )}
          {summary.acceptedEvents && (
            <Typography.Text type="secondary">
              {t('error.acceptedEvents', {
                events: summary.acceptedEvents.map(labelEvent).join(', ') || t('error.none'),
              })}
            </Typography.Text>
          )}
        </>
      }
    />
  );
}
