// rjsf's TextWidget for this app: number and integer fields keep their typed text
// (NumberTextWidget); every other text field is the antd theme's own input.
import { Templates } from '@rjsf/antd';
import type { WidgetProps } from '@rjsf/utils';
import { NumberTextWidget } from './number-text-widget';

const ThemeInput = Templates.BaseInputTemplate!;

function isNumeric(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.includes('number') || types.includes('integer');
}

export function SchemaTextWidget(props: WidgetProps) {
  if (isNumeric(props.schema.type)) return <NumberTextWidget {...props} />;
  return <ThemeInput {...props} />;
}
