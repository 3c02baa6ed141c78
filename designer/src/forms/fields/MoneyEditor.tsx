import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/index.ts';
import { asText, decimalTextState } from '../decimal-text.ts';
import { currencySign, displayMoney, moneyInWords } from '../money.ts';
import { DecimalInput } from './DecimalInput.tsx';
import type { EditorProps, FieldOf } from './editor-props.ts';

/**
 * An amount: the value stays the decimal string typed (full-width digits and grouping commas
 * are cleaned up, nothing else is dropped), the currency sign sits in front, and below it the
 * amount as it will be read (formatted, and in Chinese capitals for CNY) while it reads as one.
 */
export function MoneyEditor(props: EditorProps<FieldOf<'money'>>) {
  const { field, value, compact } = props;
  const { t } = useTranslation('forms');
  const locale = useLocale();
  const text = asText(value);
  const readable = decimalTextState(text) === 'decimal';
  const words = readable ? moneyInWords(text, field.currency) : null;

  return (
    <>
      <DecimalInput
        {...props}
        placeholder={t('amountPlaceholder')}
        prefix={<span aria-hidden="true">{currencySign(field.currency, locale)}</span>}
        suffix={compact ? undefined : <span className="baton-money-code">{field.currency}</span>}
      />
      {!compact && readable && (
        <span id={`${props.id}-amount`} className="baton-money-hint" aria-live="polite">
          {displayMoney(text, field.currency, locale, field.validation.decimals)}
          {words && ` · ${t('capitals', { text: words })}`}
        </span>
      )}
    </>
  );
}
