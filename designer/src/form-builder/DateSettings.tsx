import { Form, Select } from 'antd';
import type { FormField } from '@baton/schemas';
import { useFormBuilderT } from './i18n.ts';
import { IntegerSetting, SwitchSetting, withSetting } from './settings-inputs.tsx';

type DateField = Extract<FormField, { type: 'date' }>;
type DateRangeField = Extract<FormField, { type: 'dateRange' }>;

/** Whether a date starts as the user's own today. */
export function DateSettings<T extends Pick<DateField, 'default'>>(props: {
  readonly idPrefix: string;
  readonly field: T;
  readonly commit: (field: T) => void;
}) {
  const { field, commit } = props;
  const t = useFormBuilderT();

  return (
    <SwitchSetting
      id={`${props.idPrefix}-today`}
      label={t('settings.defaultToday')}
      checked={field.default === 'today'}
      onChange={(today) => commit(withSetting(field, 'default', today ? 'today' : undefined))}
    />
  );
}

/** How a date range counts its duration, and the longest range allowed. */
export function DateRangeSettings(props: {
  readonly idPrefix: string;
  readonly field: DateRangeField;
  readonly commit: (field: DateRangeField) => void;
}) {
  const { idPrefix, field, commit } = props;
  const t = useFormBuilderT();

  return (
    <>
      <Form.Item label={t('settings.duration')} htmlFor={`${idPrefix}-duration`}>
        <Select<DateRangeField['duration']>
          id={`${idPrefix}-duration`}
          value={field.duration}
          onChange={(duration) => commit({ ...field, duration })}
          options={[
            { value: 'days', label: t('settings.durationDays') },
            { value: 'workdays', label: t('settings.durationWorkdays') },
          ]}
        />
      </Form.Item>
      <IntegerSetting
        id={`${idPrefix}-max-days`}
        label={t('settings.maxDays')}
        value={field.validation.maxDays}
        min={1}
        max={3660}
        optional
        onCommit={(maxDays) =>
          commit({ ...field, validation: withSetting(field.validation, 'maxDays', maxDays) })
        }
      />
    </>
  );
}
