// The right-hand properties tab: the selected state or transition, or a hint and the process's own settings.
import { Divider, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { declaredSearch, withSearch } from '../../spec/search-fields';
import { useDesignerStore } from '../editing/use-designer-store';
import { SearchFieldsSelect } from './search-fields-select';
import { StateInspector } from './state-inspector';
import { TransitionInspector } from './transition-inspector';
import { useSpecEdit } from './use-spec-edit';

export function InspectorPanel() {
  const { t } = useTranslation();
  const { spec, selection } = useDesignerStore();
  const edit = useSpecEdit();
  if (!spec) return <Typography.Paragraph type="secondary">{t('designer.edSelectHint')}</Typography.Paragraph>;
  if (!selection)
    return (
      <>
        <Typography.Paragraph type="secondary">{t('designer.edSelectHint')}</Typography.Paragraph>
        <Divider titlePlacement="start">{t('designer.processSettings')}</Divider>
        <Form layout="vertical" data-testid="process-settings">
          <SearchFieldsSelect
            spec={spec}
            value={declaredSearch(spec)}
            onChange={(search) => edit((s) => ({ ...s, meta: withSearch(s.meta, search) ?? { title: s.meta.title } }))}
          />
        </Form>
      </>
    );
  if (selection.kind === 'state') return <StateInspector key={selection.path} spec={spec} path={selection.path} />;
  return <TransitionInspector key={selection.edgeId} spec={spec} address={selection.address} />;
}
