// The rjsf widgets this app replaces in every JSON-Schema form.
import type { RegistryWidgetsType } from '@rjsf/utils';
import { EnumSelectWidget } from './enum-select-widget';
import { LocalDateTimeWidget, LocalDateWidget } from './local-date-widget';
import { SchemaTextWidget } from './schema-text-widget';

export const FORM_WIDGETS: RegistryWidgetsType = {
  TextWidget: SchemaTextWidget,
  SelectWidget: EnumSelectWidget,
  DateWidget: LocalDateWidget,
  DateTimeWidget: LocalDateTimeWidget,
};
