// The right-hand properties tab: the selected state or transition, or a hint.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDesignerStore } from '../editing/use-designer-store';
import { StateInspector } from './state-inspector';
import { TransitionInspector } from './transition-inspector';

export function InspectorPanel() {
  const { t } = useTranslation();
  const { spec, selection } = useDesignerStore();
  if (!spec || !selection)
    return <Typography.Paragraph type="secondary">{t('designer.edSelectHint')}</Typography.Paragraph>;
  if (selection.kind === 'state') return <StateInspector key={selection.path} spec={spec} path={selection.path} />;
  return <TransitionInspector key={selection.edgeId} spec={spec} address={selection.address} />;
}
