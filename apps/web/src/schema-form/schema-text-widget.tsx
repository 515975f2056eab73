// rjsf's TextWidget for this app: number and integer fields keep their typed text
// (NumberTextWidget), person and department fields are pickers; every other text field is the
// antd theme's own input.
import { Templates } from '@rjsf/antd';
import type { WidgetProps } from '@rjsf/utils';
import { DepartmentWidget } from './department-widget';
import { NumberTextWidget } from './number-text-widget';
import { PersonWidget } from './person-widget';

const ThemeInput = Templates.BaseInputTemplate!;

function isNumeric(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.includes('number') || types.includes('integer');
}

export function SchemaTextWidget(props: WidgetProps) {
  if (isNumeric(props.schema.type)) return <NumberTextWidget {...props} />;
  if (props.schema['x-kind'] === 'person') return <PersonWidget {...props} />;
  if (props.schema['x-kind'] === 'department') return <DepartmentWidget {...props} />;
  return <ThemeInput {...props} />;
}
