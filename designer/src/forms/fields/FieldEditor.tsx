import type { FormField } from '@baton/schemas';
import { AttachmentEditor } from './AttachmentEditor.tsx';
import { CheckboxEditor, MultiSelectEditor, RadioEditor } from './ChoiceEditors.tsx';
import { ComputedEditor } from './ComputedEditor.tsx';
import { DateEditor } from './DateEditor.tsx';
import { DateRangeEditor } from './DateRangeEditor.tsx';
import { DateTimeEditor } from './DateTimeEditor.tsx';
import type { EditorProps } from './editor-props.ts';
import { ReferenceEditor, RemoteEditor } from './LookupEditors.tsx';
import { MoneyEditor } from './MoneyEditor.tsx';
import { NumberEditor } from './NumberEditor.tsx';
import { DepartmentEditor, UserEditor } from './PeopleEditors.tsx';
import { PercentageEditor } from './PercentageEditor.tsx';
import { SelectEditor } from './SelectEditor.tsx';
import { TableEditor } from './TableEditor.tsx';
import { TextEditor } from './TextEditor.tsx';

/** Fields that hold a value (descriptions and sections only show text). */
export type ValueField = Exclude<FormField, { type: 'description' | 'section' }>;

/** The editor for one field of the form, chosen by its type. */
export function FieldEditor(props: EditorProps<ValueField>) {
  const { field, ...rest } = props;
  switch (field.type) {
    case 'text':
    case 'textarea':
      return <TextEditor {...rest} field={field} />;
    case 'number':
      return <NumberEditor {...rest} field={field} />;
    case 'money':
      return <MoneyEditor {...rest} field={field} />;
    case 'percentage':
      return <PercentageEditor {...rest} field={field} />;
    case 'date':
      return <DateEditor {...rest} field={field} />;
    case 'datetime':
      return <DateTimeEditor {...rest} field={field} />;
    case 'dateRange':
      return <DateRangeEditor {...rest} field={field} />;
    case 'select':
    case 'radio':
      return field.type === 'radio' ? (
        <RadioEditor {...rest} field={field} />
      ) : (
        <SelectEditor {...rest} field={field} />
      );
    case 'multiselect':
      return <MultiSelectEditor {...rest} field={field} />;
    case 'checkbox':
      return <CheckboxEditor {...rest} field={field} />;
    case 'user':
      return <UserEditor {...rest} field={field} />;
    case 'department':
      return <DepartmentEditor {...rest} field={field} />;
    case 'attachment':
    case 'image':
      return <AttachmentEditor {...rest} field={field} />;
    case 'remote':
      return <RemoteEditor {...rest} field={field} />;
    case 'reference':
      return <ReferenceEditor {...rest} field={field} />;
    case 'table':
      return <TableEditor {...rest} field={field} />;
    case 'computed':
      return <ComputedEditor {...rest} field={field} />;
  }
}
