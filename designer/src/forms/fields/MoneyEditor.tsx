import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/index.ts';
import { asText, sanitizeDecimalInput } from '../decimal-text.ts';
import { currencySign, displayMoney, moneyInWords } from '../money.ts';
import { a11yProps, emptyToUndefined, type EditorProps, type FieldOf } from './editor-props.ts';

/**
 * An amount: the value stays the decimal string typed (grouping commas and full-width digits
 * are cleaned up), the currency sign sits in front, and below it the amount as it will be
 * read (formatted, and in Chinese capitals for CNY).
 */
export function MoneyEditor(props: EditorProps<FieldOf<'money'>>) {
  const { field, value, onChange, invalid, compact } = props;
  const { t } = useTranslation('forms');
  const locale = useLocale();
  const text = asText(value);
  const words = text === '' ? null : moneyInWords(text, field.currency);
  const hintId = `${props.id}-amount`;

  return (
    <>
      <Input
        {...a11yProps(props)}
        className="baton-number"
        inputMode="decimal"
        autoComplete="off"
        placeholder={t('amountPlaceholder')}
        prefix={<span aria-hidden="true">{currencySign(field.currency, locale)}</span>}
        suffix={compact ? undefined : <span className="baton-money-code">{field.currency}</span>}
        value={text}
        status={invalid ? 'error' : ''}
        onChange={(event) => onChange(emptyToUndefined(sanitizeDecimalInput(event.target.value)))}
      />
      {!compact && text !== '' && (
        <span id={hintId} className="baton-money-hint" aria-live="polite">
          {displayMoney(text, field.currency, locale, field.validation.decimals)}
          {words && ` · ${t('capitals', { text: words })}`}
        </span>
      )}
    </>
  );
}
