import { Button, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ColumnField, FormValues } from '@baton/schemas';
import { useText } from '../../i18n/index.ts';
import { localToday } from '../today.ts';
import { CellEditor } from './CellEditor.tsx';
import type { EditorProps, FieldOf } from './editor-props.ts';

type Row = { readonly index: number; readonly values: FormValues };

/** Table values as rows; anything that is not a list of objects reads as no rows. */
export function asRows(value: unknown): FormValues[] {
  if (!Array.isArray(value)) return [];

  return value.map((row: unknown) =>
    typeof row === 'object' && row !== null && !Array.isArray(row) ? { ...row } : {},
  );
}

function emptyRow(columns: readonly ColumnField[]): FormValues {
  const row: FormValues = {};
  for (const column of columns) {
    if (column.type === 'date' && column.default === 'today') row[column.key] = localToday();
    else if (column.type !== 'date' && column.default !== undefined)
      row[column.key] = column.default;
  }

  return row;
}

/**
 * Line items: one row per item, a labelled input per cell ("第 1 行 金额" / "Line 1 Amount"),
 * add and remove buttons within the field's row limits, issues under the cell they are about.
 */
export function TableEditor(props: EditorProps<FieldOf<'table'>>) {
  const { field, id, value, onChange, issues } = props;
  const { t } = useTranslation('forms');
  const text = useText();
  const rows = asRows(value);
  const setCell = (index: number, key: string, cell: unknown) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, [key]: cell } : row)));
  const removeRow = (index: number) => onChange(rows.filter((_, at) => at !== index));
  const canRemove = rows.length > field.minRows;

  const columns: TableColumnsType<Row> = [
    { title: t('table.rowNumber'), key: '#', width: 64, render: (_, row) => row.index + 1 },
    ...field.columns.map((column) => ({
      title: (
        <>
          {column.required && (
            <span aria-hidden="true" className="baton-required-mark">
              *
            </span>
          )}
          {text(column.label)}
        </>
      ),
      key: column.key,
      render: (_: unknown, row: Row) => (
        <CellEditor
          tableId={id}
          column={column}
          row={row.index}
          value={row.values[column.key]}
          issues={issues?.cell(field.key, row.index, column.key) ?? []}
          onChange={(cell) => setCell(row.index, column.key, cell)}
        />
      ),
    })),
    {
      title: t('table.actions'),
      key: 'actions',
      width: 96,
      render: (_, row) => (
        <Button
          type="link"
          danger
          size="small"
          disabled={!canRemove}
          aria-label={t('table.removeRow', { row: row.index + 1 })}
          onClick={() => removeRow(row.index)}
        >
          {t('table.remove')}
        </Button>
      ),
    },
  ];

  return (
    <div role="group" aria-label={text(field.label)} className="baton-line-items">
      <Table<Row>
        size="small"
        bordered
        pagination={false}
        rowKey="index"
        columns={columns}
        dataSource={rows.map((values, index) => ({ index, values }))}
        locale={{ emptyText: t('table.empty') }}
        scroll={{ x: 'max-content' }}
      />
      <Flex justify="space-between" align="center" className="baton-gap-top">
        <Button
          id={`${id}-add`}
          type="dashed"
          disabled={rows.length >= field.maxRows}
          onClick={() => onChange([...rows, emptyRow(field.columns)])}
        >
          {`+ ${t('table.addRow')}`}
        </Button>
        <Typography.Text type="secondary">
          {t('table.rows', { count: rows.length })}
        </Typography.Text>
      </Flex>
    </div>
  );
}
