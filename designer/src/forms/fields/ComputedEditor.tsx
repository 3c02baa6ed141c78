import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/index.ts';
import { asText } from '../decimal-text.ts';
import { formatComputed } from '../field-display.ts';
import { currencySign } from '../money.ts';
import { a11yProps, type EditorProps, type FieldOf } from './editor-props.ts';

/** A formula's result: read-only, recomputed on every edit, shown formatted. */
export function ComputedEditor(props: EditorProps<FieldOf<'computed'>>) {
  const { field, value } = props;
  const { t } = useTranslation('forms');
  const locale = useLocale();
  const text = asText(value);
  const isMoney = field.valueType === 'money';

  return (
    <Input
      {...a11yProps(props)}
      readOnly
      className="baton-number"
      value={text === '' ? '' : formatComputed(field, text, locale, { sign: false })}
      placeholder={t('notComputed')}
      prefix={
        isMoney ? <span aria-hidden="true">{currencySign(field.currency, locale)}</span> : undefined
      }
      suffix={<span className="baton-muted">{t('computed')}</span>}
    />
  );
}

/**
 * A computed column's cell: the row formula's result as text (an `output` named like the
 * other cells, "Line 1 Amount"), with its sign; a dash until the row's operands are filled.
 */
export function ComputedCell(props: EditorProps<FieldOf<'computed'>>) {
  const { field, value } = props;
  const locale = useLocale();
  const text = asText(value);

  return (
    <output id={props.id} aria-label={props.ariaLabel} className="baton-number baton-computed-cell">
      {text === '' ? '—' : formatComputed(field, text, locale, { sign: true })}
    </output>
  );
}
