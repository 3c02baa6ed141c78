import { Button } from 'antd';
import type { I18nText } from '@baton/schemas';
import { I18nTextFields } from '../canvas/panel/I18nTextFields.tsx';
import { freeKey } from './field-defaults.ts';
import { useFormBuilderT } from './i18n.ts';
import { CheckedSetting } from './settings-inputs.tsx';

type Option = { readonly value: string; readonly label: I18nText };

/**
 * The options of a choice (select, radio buttons, multi-select): value and bilingual label
 * each; at least one stays, and an empty or already used value is refused at its input.
 */
export function OptionsEditor(props: {
  readonly idPrefix: string;
  readonly options: readonly Option[];
  readonly onCommit: (options: Option[]) => void;
}) {
  const t = useFormBuilderT();
  const { options, onCommit } = props;
  const replace = (index: number, option: Option) =>
    onCommit(options.map((current, position) => (position === index ? option : current)));
  const add = () => {
    const value = freeKey('option', new Set(options.map((option) => option.value)));
    const number = options.length + 1;
    onCommit([...options, { value, label: { 'zh-CN': `选项 ${number}`, en: `Option ${number}` } }]);
  };
  const free = (value: string, index: number) =>
    value !== '' && !options.some((other, at) => at !== index && other.value === value);

  return (
    <fieldset className="baton-panel__group">
      <legend>{t('options.title')}</legend>
      {options.map((option, index) => {
        const number = index + 1;
        const id = `${props.idPrefix}-${index}`;

        return (
          <div key={`${index}-${option.value}`} className="baton-rule">
            <CheckedSetting
              id={`${id}-value`}
              label={t('options.value', { index: number })}
              value={option.value}
              read={(text) => (free(text.trim(), index) ? text.trim() : null)}
              error={t('options.valueInvalid')}
              onCommit={(value) => replace(index, { ...option, value })}
            />
            <I18nTextFields
              idPrefix={`${id}-label`}
              value={option.label}
              labels={{
                zh: t('options.labelZh', { index: number }),
                en: t('options.labelEn', { index: number }),
              }}
              onCommit={(label) => replace(index, { ...option, label })}
            />
            {options.length > 1 && (
              <Button
                size="small"
                danger
                onClick={() => onCommit(options.filter((_, position) => position !== index))}
              >
                {t('options.remove', { index: number })}
              </Button>
            )}
          </div>
        );
      })}
      <Button size="small" onClick={add}>
        {t('options.add')}
      </Button>
    </fieldset>
  );
}
