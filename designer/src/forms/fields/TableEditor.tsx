import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnField, FormValues, ValidationIssue } from '@baton/schemas';
import { useText } from '../../i18n/index.ts';
import type { FormIssues } from '../form-issues.ts';
import { localToday } from '../today.ts';
import { asRows, moveItem, removeItem } from '../values/table-rows.ts';
import { AddRowBar } from './AddRowBar.tsx';
import {
  columnWidth,
  LINE_NUMBER_WIDTH,
  ROW_BUTTONS_WIDTH,
  tableMinWidth,
} from './column-widths.ts';
import type { EditorProps, FieldOf } from './editor-props.ts';
import { TableRow, type RowActions } from './TableRow.tsx';
import { TableTotals } from './TableTotals.tsx';
import { useRowKeys } from './use-row-keys.ts';

function emptyRow(columns: readonly ColumnField[]): FormValues {
  const row: FormValues = {};
  for (const column of columns) {
    if (column.type === 'computed') continue;
    if (column.type === 'date') {
      if (column.default === 'today') row[column.key] = localToday();
    } else if (column.default !== undefined) row[column.key] = column.default;
  }

  return row;
}

const NO_ISSUES: readonly ValidationIssue[] = [];

/** The issues of each row's cells, by row index. */
function rowIssues(issues: FormIssues | undefined, key: string, count: number) {
  return Array.from({ length: count }, (_, index) => {
    const own = issues?.row(key, index) ?? NO_ISSUES;

    return own.length === 0 ? NO_ISSUES : own;
  });
}

/**
 * Line items: one row per item with a labelled input per cell ("第 1 行 金额" / "Line 1
 * Amount"), rows added, removed (any of them) and moved up or down within the field's row
 * limits, computed columns recomputed on every edit (by the form editor) and the totals of
 * `total` columns under the table. Rows are memoized and keyed stably (see `TableRow`,
 * `useRowKeys`): typing in one row re-renders that row and the totals only.
 */
export function TableEditor(props: EditorProps<FieldOf<'table'>>) {
  const { field, id, value, onChange, disabled = false } = props;
  const { t } = useTranslation('forms');
  const text = useText();
  const rows = asRows(value);
  const keys = useRowKeys(rows.length);
  // The actions stay one object for the table's life; they read the newest rows from here.
  const latest = useRef({ rows, onChange, keys });
  latest.current = { rows, onChange, keys };
  const actions = useMemo<RowActions>(
    () => ({
      setCell(index, column, cell) {
        const { rows: now, onChange: change } = latest.current;
        change(now.map((row, at) => (at === index ? withCell(row, column, cell) : row)));
      },
      remove(index) {
        const { rows: now, onChange: change, keys: rowKeys } = latest.current;
        rowKeys.removed(index);
        change(removeItem(now, index));
      },
      move(index, to) {
        const { rows: now, onChange: change, keys: rowKeys } = latest.current;
        rowKeys.moved(index, to);
        change(moveItem(now, index, to));
        // The moved row's button kept focus only if the browser did; put it back for keyboards.
        const button = to < index ? 'up' : 'down';
        requestAnimationFrame(() => document.getElementById(`${id}-${to}-${button}`)?.focus());
      },
    }),
    [id],
  );
  const addRow = useCallback(() => {
    const { rows: now, onChange: change } = latest.current;
    change([...now, emptyRow(field.columns)]);
  }, [field.columns]);
  const issues = rowIssues(props.issues, field.key, rows.length);
  const canRemove = rows.length > field.minRows;

  return (
    <div role="group" aria-label={text(field.label)} className="baton-line-items">
      <div className="baton-table-scroll">
        <table
          className="baton-table baton-table-edit"
          style={{ minWidth: tableMinWidth(field.columns) }}
        >
          <colgroup>
            <col style={{ width: LINE_NUMBER_WIDTH }} />
            {field.columns.map((column) => (
              <col key={column.key} style={{ width: columnWidth(column) }} />
            ))}
            <col style={{ width: ROW_BUTTONS_WIDTH }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('table.rowNumber')}</th>
              {field.columns.map((column) => (
                <th scope="col" key={column.key}>
                  {column.required && (
                    <span aria-hidden="true" className="baton-required-mark">
                      *
                    </span>
                  )}
                  {text(column.label)}
                </th>
              ))}
              <th scope="col">{t('table.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={field.columns.length + 2} className="baton-table-empty">
                  {t('table.empty')}
                </td>
              </tr>
            )}
            {rows.map((row, index) => (
              <TableRow
                key={keys.keys[index]}
                tableId={id}
                columns={field.columns}
                index={index}
                row={row}
                issues={issues[index] ?? NO_ISSUES}
                last={index === rows.length - 1}
                canRemove={canRemove}
                disabled={disabled}
                actions={actions}
              />
            ))}
          </tbody>
          <TableTotals field={field} rows={rows} trailing={1} />
        </table>
      </div>
      <AddRowBar
        id={id}
        count={rows.length}
        disabled={disabled || rows.length >= field.maxRows}
        onAdd={addRow}
      />
    </div>
  );
}

function withCell(row: Readonly<Record<string, unknown>>, column: string, cell: unknown) {
  const next = { ...row, [column]: cell };
  if (cell === undefined) delete next[column];

  return next;
}
