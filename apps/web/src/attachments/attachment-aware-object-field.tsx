// rjsf's object field, except that an `x-attachment` object (at any depth) gets the upload field.
import { getDefaultRegistry } from '@rjsf/core';
import type { FieldProps } from '@rjsf/utils';
import { AttachmentField } from './attachment-field';
import { isAttachmentSchema } from './attachment-value';

const DefaultObjectField = getDefaultRegistry().fields.ObjectField;

export function AttachmentAwareObjectField(props: FieldProps) {
  if (isAttachmentSchema(props.schema)) return <AttachmentField {...props} />;
  return <DefaultObjectField {...props} />;
}
