import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormField } from '@baton/schemas';
import { FileList } from '../attachments/FileList.tsx';
import { filesOf } from '../attachments/stored-file.ts';
import { asText } from '../decimal-text.ts';
import { NONE, valueText, type Display } from '../field-display.ts';
import { moneyInWords } from '../money.ts';
import { ReferenceValue, RemoteValue } from './LookupValues.tsx';
import { TableValue } from './TableValue.tsx';
import { WorkingPeriod } from './WorkingPeriod.tsx';

type ValueField = Exclude<FormField, { type: 'description' | 'section' }>;

/**
 * One field's value read-only: text for simple values (see `valueText`), amounts with their
 * Chinese capitals, files as download links (images as thumbnails), master-data entries by
 * name, referenced requests as links, tables with their totals, periods counted in working
 * days in working days.
 */
export function FieldValue(props: {
  readonly field: ValueField;
  readonly value: unknown;
  readonly display: Display;
}) {
  const { field, value, display } = props;
  const { t } = useTranslation('forms');
  switch (field.type) {
    case 'table':
      return <TableValue field={field} value={value} display={display} />;
    case 'attachment':
    case 'image': {
      const files = filesOf(value);

      return files.length === 0 ? (
        <span>{NONE}</span>
      ) : (
        <FileList files={files} previews={field.type === 'image'} />
      );
    }
    case 'remote':
      return <RemoteValue kind={field.source} code={value} />;
    case 'reference':
      return <ReferenceValue id={value} />;
    case 'dateRange':
      if (field.duration === 'workdays')
        return <WorkingPeriod field={field} value={value} display={display} />;
      break;
    default:
      break;
  }
  const shown = valueText(field, value, display);
  const words =
    field.type === 'money' && shown !== NONE ? moneyInWords(asText(value), field.currency) : null;

  return (
    <span className="baton-readonly-value">
      <span className={field.type === 'money' || field.type === 'computed' ? 'baton-number' : ''}>
        {shown}
      </span>
      {words && (
        <Typography.Text type="secondary" className="baton-money-hint">
          {t('capitals', { text: words })}
        </Typography.Text>
      )}
    </span>
  );
}
