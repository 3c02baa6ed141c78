import { Typography } from 'antd';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnField, ValidationIssue } from '@baton/schemas';
import { useText } from '../../i18n/index.ts';
import { CheckboxEditor } from './ChoiceEditors.tsx';
import { ComputedCell } from './ComputedEditor.tsx';
import { DateEditor } from './DateEditor.tsx';
import type { EditorProps } from './editor-props.ts';
import { MoneyEditor } from './MoneyEditor.tsx';
import { NumberEditor } from './NumberEditor.tsx';
import { PercentageEditor } from './PercentageEditor.tsx';
import { SelectEditor } from './SelectEditor.tsx';
import { TextEditor } from './TextEditor.tsx';

export type CellEditorProps = {
  readonly tableId: string;
  readonly column: ColumnField;
  /** Zero-based row index. */
  readonly row: number;
  readonly value: unknown;
  readonly issues: readonly ValidationIssue[];
  readonly disabled?: boolean;
  /** The table's own cell setter (one function for every cell, so cells can skip re-rendering). */
  readonly setCell: (row: number, column: string, value: unknown) => void;
};

/** One cell of a line-item table, named "第 N 行 <column>" for screen readers and tests. */
export const CellEditor = memo(function CellEditor(props: CellEditorProps) {
  const { tableId, column, row, value, issues, setCell } = props;
  const onChange = useCallback(
    (cell: unknown) => setCell(row, column.key, cell),
    [setCell, row, column.key],
  );
  const { t } = useTranslation('forms');
  const text = useText();
  const id = `${tableId}-${row}-${column.key}`;
  const errorId = `${id}-error`;
  const invalid = issues.length > 0;
  const common: Common = {
    id,
    value,
    onChange,
    invalid,
    compact: true,
    ariaLabel: t('table.cell', { row: row + 1, column: text(column.label) }),
    ...(props.disabled ? { disabled: true } : {}),
    ...(invalid ? { describedBy: errorId } : {}),
  };

  return (
    <div className="baton-cell">
      <ColumnInput column={column} common={common} />
      {invalid && (
        <Typography.Text type="danger" id={errorId} className="baton-cell-error">
          {issues.map((issue, index) => (
            <div key={`${issue.code}-${index}`}>{issue.message}</div>
          ))}
        </Typography.Text>
      )}
    </div>
  );
});

type Common = Omit<EditorProps<ColumnField>, 'field'>;

function ColumnInput({
  column,
  common,
}: {
  readonly column: ColumnField;
  readonly common: Common;
}) {
  switch (column.type) {
    case 'text':
    case 'textarea':
      return <TextEditor {...common} field={column} />;
    case 'number':
      return <NumberEditor {...common} field={column} />;
    case 'money':
      return <MoneyEditor {...common} field={column} />;
    case 'percentage':
      return <PercentageEditor {...common} field={column} />;
    case 'date':
      return <DateEditor {...common} field={column} />;
    // A compact cell has no room for a row of radio buttons: both read as a list.
    case 'select':
    case 'radio':
      return <SelectEditor {...common} field={column} />;
    case 'checkbox':
      return <CheckboxEditor {...common} field={column} />;
    case 'computed':
      return <ComputedCell {...common} field={column} />;
  }
}
