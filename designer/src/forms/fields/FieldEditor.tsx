import type { FormField } from '@baton/schemas';
import { ComputedEditor } from './ComputedEditor.tsx';
import { DateEditor } from './DateEditor.tsx';
import type { EditorProps } from './editor-props.ts';
import { MoneyEditor } from './MoneyEditor.tsx';
import { NumberEditor } from './NumberEditor.tsx';
import { DepartmentEditor, UserEditor } from './PeopleEditors.tsx';
import { SelectEditor } from './SelectEditor.tsx';
import { TableEditor } from './TableEditor.tsx';
import { TextEditor } from './TextEditor.tsx';

/** The editor for one field of the form, chosen by its type. */
export function FieldEditor(props: EditorProps<FormField>) {
  const { field, ...rest } = props;
  switch (field.type) {
    case 'text':
    case 'textarea':
      return <TextEditor {...rest} field={field} />;
    case 'number':
      return <NumberEditor {...rest} field={field} />;
    case 'money':
      return <MoneyEditor {...rest} field={field} />;
    case 'date':
      return <DateEditor {...rest} field={field} />;
    case 'select':
      return <SelectEditor {...rest} field={field} />;
    case 'user':
      return <UserEditor {...rest} field={field} />;
    case 'department':
      return <DepartmentEditor {...rest} field={field} />;
    case 'table':
      return <TableEditor {...rest} field={field} />;
    case 'computed':
      return <ComputedEditor {...rest} field={field} />;
  }
}
