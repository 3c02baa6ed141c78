import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { tableTotals, type ColumnField } from '@baton/schemas';
import { useLocale, useText } from '../../i18n/index.ts';
import { formatDecimal } from '../decimal-text.ts';
import { formatComputed } from '../field-display.ts';
import { displayMoney, moneyInWords } from '../money.ts';
import type { FieldOf } from './editor-props.ts';

type Rows = readonly Readonly<Record<string, unknown>>[];

/** The currency of a column whose total is an amount, or null for plain numbers. */
function moneyCurrency(column: ColumnField): string | null {
  if (column.type === 'money') return column.currency;
  if (column.type === 'computed' && column.valueType === 'money') return column.currency;

  return null;
}

function totalText(column: ColumnField, total: string, locale: 'zh-CN' | 'en'): string {
  if (column.type === 'money') return displayMoney(total, column.currency, locale);
  if (column.type === 'computed') return formatComputed(column, total, locale, { sign: true });
  if (column.type === 'number') return formatDecimal(total, column.validation.decimals);

  return total;
}

/**
 * The totals row under a line-item table: the exact sum of each `total` column (the schemas'
 * `tableTotals`, the same sums the server and conditions use), amounts with their sign, and for
 * yuan a line beneath with the amount in Chinese capitals (the width of the table, where long
 * capitals fit). Nothing when no column has a total. `trailing` is the number of columns after
 * the data columns (the editor's buttons).
 */
export function TableTotals(props: {
  readonly field: FieldOf<'table'>;
  readonly rows: Rows;
  readonly trailing: number;
}) {
  const { field, rows, trailing } = props;
  const { t } = useTranslation('forms');
  const text = useText();
  const locale = useLocale();
  const totals = useMemo(() => tableTotals(field, rows), [field, rows]);
  if (Object.keys(totals).length === 0) return null;
  const width = field.columns.length + 1 + trailing;
  const capitals = field.columns.flatMap((column) => {
    const total = totals[column.key];
    const currency = moneyCurrency(column);
    const words = total === undefined || currency === null ? null : moneyInWords(total, currency);

    return words ? [{ column, words }] : [];
  });

  return (
    <tfoot>
      <tr className="baton-table-totals">
        <th scope="row">{t('table.total')}</th>
        {field.columns.map((column) => {
          const total = totals[column.key];

          return (
            <td key={column.key} className="baton-number">
              {total === undefined ? null : totalText(column, total, locale)}
            </td>
          );
        })}
        {trailing > 0 && <td colSpan={trailing} />}
      </tr>
      {capitals.map(({ column, words }) => (
        <tr key={column.key} className="baton-table-capitals">
          <td colSpan={width}>
            <Typography.Text type="secondary">
              {`${text(column.label)} · ${t('capitals', { text: words })}`}
            </Typography.Text>
          </td>
        </tr>
      ))}
    </tfoot>
  );
}
