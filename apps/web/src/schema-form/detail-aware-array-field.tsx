// rjsf's array field, except that an array of row objects (明细) renders as a table.
import { getDefaultRegistry } from '@rjsf/core';
import type { FieldProps } from '@rjsf/utils';
import { DetailTableField } from './detail-table-field';
import { isDetailTableSchema } from './detail-table';

const DefaultArrayField = getDefaultRegistry().fields.ArrayField;

export function DetailAwareArrayField(props: FieldProps) {
  if (isDetailTableSchema(props.schema)) return <DetailTableField {...props} />;
  return <DefaultArrayField {...props} />;
}
