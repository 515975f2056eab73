// The path an instance took as a vertical list of steps (a phone's view in place of the diagram).
import type { WorkflowSpec } from '@liucheng/engine';
import { Steps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../graph/diagram-labels';
import { stepsEntered, type PathStep } from '../graph/path-taken';
import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';

/** The state at a dotted path of the spec, if any. */
function stateAt(spec: WorkflowSpec | undefined, path: string) {
  let node: { states?: WorkflowSpec['states'] } | undefined = spec;
  let state: WorkflowSpec['states'][string] | undefined;
  for (const key of path.split('.')) {
    state = node?.states?.[key];
    node = state;
  }
  return state;
}

export function InstanceSteps({
  spec,
  history,
  finished,
}: {
  spec?: Record<string, unknown>;
  history: readonly (PathStep & { at?: string })[];
  /** The instance is over: its last step is done, not waiting. */
  finished: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const steps = useMemo(() => stepsEntered(history), [history]);
  return (
    <Steps
      data-testid="instance-steps"
      orientation="vertical"
      size="small"
      current={steps.length - 1}
      items={steps.map((step) => {
        const state = stateAt(spec as WorkflowSpec | undefined, step.path);
        const title = pick(state?.meta?.title ?? state?.meta?.task?.title, lang, step.path.split('.').pop());
        const waiting = step.current && !finished;
        return {
          title,
          status: waiting ? 'process' : 'finish',
          subTitle: waiting ? t('diagram.stepCurrent') : undefined,
          description: step.at ? formatDateTime(step.at, lang) : undefined,
        };
      })}
    />
  );
}
