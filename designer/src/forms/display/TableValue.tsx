import { useTranslation } from 'react-i18next';
import type { FormField } from '@baton/schemas';
import { NONE, valueText, type Display } from '../field-display.ts';
import { TableTotals } from '../fields/TableTotals.tsx';
import { asRows } from '../values/table-rows.ts';
import './table-value.css';

const AUTO_LAYOUT = { tableLayout: 'auto' } as const;

/** Line items read-only: one line per row, the totals row under them. */
export function TableValue(props: {
  readonly field: Extract<FormField, { type: 'table' }>;
  readonly value: unknown;
  readonly display: Display;
}) {
  const { field, display } = props;
  const { t } = useTranslation('forms');
  const rows = asRows(props.value);
  if (rows.length === 0) return <span>{NONE}</span>;

  return (
    <div className="baton-table-scroll baton-table-read-scroll">
      {/* Inline: antd's read-only form gives every table inside it a fixed layout, and its
          selector outranks a class (see table-value.css). */}
      <table
        className="baton-table baton-table-read"
        style={AUTO_LAYOUT}
        aria-label={display.text(field.label)}
      >
        <thead>
          <tr>
            <th scope="col">{t('table.rowNumber')}</th>
            {field.columns.map((column) => (
              <th scope="col" key={column.key}>
                {display.text(column.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            // Read-only rows never move: their place is their identity.
            <tr key={index}>
              <td className="baton-row-number">{index + 1}</td>
              {field.columns.map((column) => (
                <td key={column.key} className={numeric(column.type) ? 'baton-number' : ''}>
                  {valueText(column, row[column.key], display)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <TableTotals field={field} rows={rows} trailing={0} />
      </table>
    </div>
  );
}

function numeric(type: string): boolean {
  return type === 'money' || type === 'number' || type === 'percentage' || type === 'computed';
}
