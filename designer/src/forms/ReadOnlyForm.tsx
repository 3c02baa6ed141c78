import { Descriptions, Table, Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ColumnField, FormDefinition, FormField, FormValues, Locale } from '@baton/schemas';
import { useLocale, useText } from '../i18n/index.ts';
import { asText, formatDecimal } from './decimal-text.ts';
import { formatComputed } from './field-display.ts';
import { asRows } from './fields/TableEditor.tsx';
import { displayMoney, moneyInWords } from './money.ts';
import { userIdsOf, type OrgNames } from './org/org-names.ts';
import { useOrgNames } from './org/use-org-names.ts';

type Display = {
  readonly locale: Locale;
  readonly text: ReturnType<typeof useText>;
  readonly capitals: (words: string) => string;
  readonly org: OrgNames;
};

const NONE = '—';

/** One value as the request page shows it; empty values are a dash. */
function scalarDisplay(field: ColumnField | FormField, value: unknown, display: Display): string {
  if (field.type === 'user') {
    const names = userIdsOf(value).map(display.org.userName);

    return names.length === 0 ? NONE : names.join(display.locale === 'en' ? ', ' : '、');
  }
  const raw = asText(value);
  if (raw === '' && field.type !== 'table') return NONE;
  switch (field.type) {
    case 'money':
      return displayMoney(raw, field.currency, display.locale, field.validation.decimals);
    case 'number':
      return formatDecimal(raw, field.validation.decimals);
    case 'select': {
      const option = field.options.find((candidate) => candidate.value === raw);

      return option ? display.text(option.label) : raw;
    }
    case 'computed':
      return formatComputed(field, raw, display.locale, { sign: true });
    case 'department':
      return display.org.departmentName(raw);
    default:
      return raw;
  }
}

function FieldValue({
  field,
  value,
  display,
}: {
  field: FormField;
  value: unknown;
  display: Display;
}) {
  if (field.type === 'table') return <TableValue field={field} value={value} display={display} />;
  const shown = scalarDisplay(field, value, display);
  const words =
    field.type === 'money' && shown !== NONE ? moneyInWords(asText(value), field.currency) : null;

  return (
    <span className="baton-readonly-value">
      <span className={field.type === 'money' || field.type === 'computed' ? 'baton-number' : ''}>
        {shown}
      </span>
      {words && (
        <Typography.Text type="secondary" className="baton-money-hint">
          {display.capitals(words)}
        </Typography.Text>
      )}
    </span>
  );
}

function TableValue({
  field,
  value,
  display,
}: {
  field: Extract<FormField, { type: 'table' }>;
  value: unknown;
  display: Display;
}) {
  const { t } = useTranslation('forms');
  const rows = asRows(value).map((values, index) => ({ index, values }));

  return (
    <Table
      size="small"
      bordered
      pagination={false}
      rowKey="index"
      dataSource={rows}
      locale={{ emptyText: NONE }}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('table.rowNumber'), key: '#', width: 64, render: (_, row) => row.index + 1 },
        ...field.columns.map((column) => ({
          title: display.text(column.label),
          key: column.key,
          render: (_: unknown, row: (typeof rows)[number]) =>
            scalarDisplay(column, row.values[column.key], display),
        })),
      ]}
    />
  );
}

/** The submitted values of a request, read-only, labelled like the form that produced them. */
export function ReadOnlyForm({ form, values }: { form: FormDefinition; values: FormValues }) {
  const { t } = useTranslation('forms');
  const display: Display = {
    locale: useLocale(),
    text: useText(),
    capitals: (words) => t('capitals', { text: words }),
    org: useOrgNames(),
  };
  const items: DescriptionsProps['items'] = form.fields.map((field) => ({
    key: field.key,
    label: display.text(field.label),
    children: <FieldValue field={field} value={values[field.key]} display={display} />,
  }));

  return (
    <Descriptions bordered size="middle" column={1} items={items} className="baton-form-readonly" />
  );
}
