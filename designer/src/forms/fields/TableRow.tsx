import { memo } from 'react';
import type { ColumnField, ValidationIssue } from '@baton/schemas';
import { CellEditor } from './CellEditor.tsx';
import { RowButtons } from './RowButtons.tsx';

/** What a row does to its table; one stable object per table, so rows can skip re-rendering. */
export type RowActions = {
  readonly setCell: (index: number, column: string, value: unknown) => void;
  readonly remove: (index: number) => void;
  readonly move: (index: number, to: number) => void;
};

export type TableRowProps = {
  readonly tableId: string;
  readonly columns: readonly ColumnField[];
  readonly index: number;
  readonly row: Readonly<Record<string, unknown>>;
  /** The issues of this row's cells (a new array only when they change, see `rowIssues`). */
  readonly issues: readonly ValidationIssue[];
  readonly last: boolean;
  readonly canRemove: boolean;
  readonly disabled: boolean;
  readonly actions: RowActions;
};

const NO_ISSUES: readonly ValidationIssue[] = [];

/**
 * One line of a line-item table: a labelled input per cell, then its buttons (`RowButtons`).
 * Memoized, and so are its cells and buttons: a keystroke in one cell re-renders that cell and
 * the cells worked out from it, which keeps a 200-row table responsive.
 */
export const TableRow = memo(function TableRow(props: TableRowProps) {
  const { tableId, columns, index, row, issues, actions, disabled } = props;
  const cellIssues = (column: string) => {
    const own = issues.filter((issue) => issue.path.at(-1) === column);

    return own.length === 0 ? NO_ISSUES : own;
  };

  return (
    <tr>
      <td className="baton-row-number">{index + 1}</td>
      {columns.map((column) => (
        <td key={column.key}>
          <CellEditor
            tableId={tableId}
            column={column}
            row={index}
            value={row[column.key]}
            issues={cellIssues(column.key)}
            disabled={disabled}
            setCell={actions.setCell}
          />
        </td>
      ))}
      <td>
        <RowButtons
          tableId={tableId}
          index={index}
          last={props.last}
          canRemove={props.canRemove}
          disabled={disabled}
          actions={actions}
        />
      </td>
    </tr>
  );
}, sameRowProps);

function sameIssues(a: readonly ValidationIssue[], b: readonly ValidationIssue[]): boolean {
  return (
    a.length === b.length &&
    a.every((issue, at) => {
      const other = b[at];

      return (
        issue.code === other?.code &&
        issue.message === other.message &&
        issue.path.join('/') === other.path.join('/')
      );
    })
  );
}

/** Props are equal when everything is the same object, issues compared by what they say. */
function sameRowProps(before: TableRowProps, after: TableRowProps): boolean {
  return (Object.keys(after) as (keyof TableRowProps)[]).every((key) =>
    key === 'issues' ? sameIssues(before.issues, after.issues) : before[key] === after[key],
  );
}
