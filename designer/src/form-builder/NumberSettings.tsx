import type { ColumnField } from '@baton/schemas';
import { useFormBuilderT } from './i18n.ts';
import { CheckedSetting, DecimalSetting, IntegerSetting, withSetting } from './settings-inputs.tsx';

type NumberLike = Extract<ColumnField, { type: 'number' | 'money' | 'percentage' }>;
type Validation = NumberLike['validation'];

/** Most decimal places by type, as the form schema allows them. */
const MAX_DECIMALS: Readonly<Record<NumberLike['type'], number>> = {
  number: 8,
  money: 4,
  percentage: 6,
};

const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/** Decimal places and bounds of a number, money or percentage. */
export function NumberSettings<T extends NumberLike>(props: {
  readonly idPrefix: string;
  readonly field: T;
  readonly commit: (field: T) => void;
}) {
  const { idPrefix, field, commit } = props;
  const t = useFormBuilderT();
  const set = <K extends keyof Validation>(key: K, value: Validation[K] | undefined) =>
    commit({ ...field, validation: withSetting(field.validation, key, value) });

  return (
    <>
      <IntegerSetting
        id={`${idPrefix}-decimals`}
        label={t('settings.decimals')}
        value={field.validation.decimals}
        min={0}
        max={MAX_DECIMALS[field.type]}
        onCommit={(decimals) => decimals !== undefined && set('decimals', decimals)}
      />
      <DecimalSetting
        id={`${idPrefix}-min`}
        label={t('settings.min')}
        value={field.validation.min}
        onCommit={(min) => set('min', min)}
      />
      <DecimalSetting
        id={`${idPrefix}-max`}
        label={t('settings.max')}
        value={field.validation.max}
        onCommit={(max) => set('max', max)}
      />
    </>
  );
}

/** A three-letter currency code; typed in lower case, saved in upper case. */
export function CurrencySetting(props: {
  readonly id: string;
  readonly value: string;
  readonly onCommit: (currency: string) => void;
}) {
  const t = useFormBuilderT();
  const read = (text: string) => {
    const code = text.trim().toUpperCase();

    return CURRENCY_PATTERN.test(code) ? code : null;
  };

  return (
    <CheckedSetting
      id={props.id}
      label={t('settings.currency')}
      value={props.value}
      read={read}
      error={t('settings.currencyInvalid')}
      onCommit={props.onCommit}
    />
  );
}
