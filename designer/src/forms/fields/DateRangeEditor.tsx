import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useText } from '../../i18n/index.ts';
import { asText } from '../decimal-text.ts';
import { rangeLength } from '../display/range-length.ts';
import { useBusinessCalendar } from '../display/use-business-calendar.ts';
import { dateRangeOf } from '../values/date-range.ts';
import { DayInput } from './DateEditor.tsx';
import { a11yProps, type EditorProps, type FieldOf } from './editor-props.ts';

/**
 * A period: a first and a last day (`{ start, end }`, both `YYYY-MM-DD`) and, once both are
 * set, its length in days, both ends counted ("3 天" / "3 days"). With `duration: 'workdays'`
 * the length is in working days of the business calendar ("3 个工作日"), as the server counts.
 */
export function DateRangeEditor(props: EditorProps<FieldOf<'dateRange'>>) {
  const { field, value, onChange, invalid } = props;
  const { t } = useTranslation('forms');
  const text = useText();
  const range = dateRangeOf(value);
  const length = rangeLength(field, value, useBusinessCalendar());
  const change = (part: 'start' | 'end', day: string | undefined) => {
    const next = { ...range.parts, [part]: day };
    if (day === undefined) delete next[part];
    onChange(Object.keys(next).length === 0 ? undefined : next);
  };
  const label = text(field.label);
  const common = a11yProps(props);

  return (
    <Flex gap="small" align="center" wrap>
      <DayInput
        {...common}
        aria-label={t('dateRange.start', { field: label })}
        value={asText(range.parts.start)}
        invalid={invalid}
        onChange={(day) => change('start', day)}
        style={{ width: 170 }}
      />
      <span aria-hidden="true">–</span>
      <DayInput
        {...common}
        id={`${props.id}-end`}
        aria-label={t('dateRange.end', { field: label })}
        value={asText(range.parts.end)}
        invalid={invalid}
        onChange={(day) => change('end', day)}
        style={{ width: 170 }}
      />
      {length !== null && (
        <Typography.Text aria-live="polite">
          {t(length.working ? 'dateRange.workingDays' : 'dateRange.days', { count: length.count })}
        </Typography.Text>
      )}
      {field.duration === 'workdays' && <Tag>{t('dateRange.workdays')}</Tag>}
    </Flex>
  );
}
