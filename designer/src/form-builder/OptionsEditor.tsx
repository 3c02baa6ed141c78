import { Button, Form } from 'antd';
import type { I18nText } from '@baton/schemas';
import { CommitInput } from '../canvas/panel/CommitInput.tsx';
import { I18nTextFields } from '../canvas/panel/I18nTextFields.tsx';
import { useFlowsT } from '../flows/i18n.ts';
import { freeKey } from './field-defaults.ts';

type Option = { readonly value: string; readonly label: I18nText };

/** The options of a select field: value and bilingual label each; at least one stays. */
export function OptionsEditor(props: {
  readonly idPrefix: string;
  readonly options: readonly Option[];
  readonly onCommit: (options: Option[]) => void;
}) {
  const t = useFlowsT();
  const { options, onCommit } = props;
  const replace = (index: number, option: Option) =>
    onCommit(options.map((current, position) => (position === index ? option : current)));
  const add = () => {
    const value = freeKey('option', new Set(options.map((option) => option.value)));
    const number = options.length + 1;
    onCommit([...options, { value, label: { 'zh-CN': `选项 ${number}`, en: `Option ${number}` } }]);
  };

  return (
    <fieldset className="baton-panel__group">
      <legend>{t('formBuilder.options')}</legend>
      {options.map((option, index) => {
        const number = index + 1;
        const id = `${props.idPrefix}-${index}`;

        return (
          <div key={`${index}-${option.value}`} className="baton-rule">
            <Form.Item
              label={t('formBuilder.optionValue', { index: number })}
              htmlFor={`${id}-value`}
            >
              <CommitInput
                id={`${id}-value`}
                value={option.value}
                onCommit={(value) =>
                  value.trim() !== '' && replace(index, { ...option, value: value.trim() })
                }
              />
            </Form.Item>
            <I18nTextFields
              idPrefix={`${id}-label`}
              value={option.label}
              labels={{
                zh: t('formBuilder.optionLabelZh', { index: number }),
                en: t('formBuilder.optionLabelEn', { index: number }),
              }}
              onCommit={(label) => replace(index, { ...option, label })}
            />
            {options.length > 1 && (
              <Button
                size="small"
                danger
                onClick={() => onCommit(options.filter((_, position) => position !== index))}
              >
                {t('formBuilder.removeOption', { index: number })}
              </Button>
            )}
          </div>
        );
      })}
      <Button size="small" onClick={add}>
        {t('formBuilder.addOption')}
      </Button>
    </fieldset>
  );
}
