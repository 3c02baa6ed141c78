import { Form } from 'antd';
import type { ColumnField } from '@baton/schemas';
import { CommitInput } from '../canvas/panel/CommitInput.tsx';
import { I18nTextFields } from '../canvas/panel/I18nTextFields.tsx';
import { useFormBuilderT } from './i18n.ts';
import { IntegerSetting, withSetting } from './settings-inputs.tsx';

type TextLike = Extract<ColumnField, { type: 'text' | 'textarea' }>;
type Validation = TextLike['validation'];

/** Length limits and a pattern (with the message shown when it does not match) of a text. */
export function TextSettings<T extends { readonly validation: Validation }>(props: {
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
        id={`${idPrefix}-min-length`}
        label={t('settings.minLength')}
        value={field.validation.minLength}
        min={0}
        optional
        onCommit={(value) => set('minLength', value)}
      />
      <IntegerSetting
        id={`${idPrefix}-max-length`}
        label={t('settings.maxLength')}
        value={field.validation.maxLength}
        min={1}
        optional
        onCommit={(value) => set('maxLength', value)}
      />
      <Form.Item
        label={t('settings.pattern')}
        htmlFor={`${idPrefix}-pattern`}
        extra={t('settings.patternHelp')}
      >
        <CommitInput
          id={`${idPrefix}-pattern`}
          value={field.validation.pattern ?? ''}
          onCommit={(text) => set('pattern', text.trim() || undefined)}
        />
      </Form.Item>
      {field.validation.pattern !== undefined && (
        <I18nTextFields
          idPrefix={`${idPrefix}-pattern-message`}
          value={field.validation.patternMessage}
          labels={{ zh: t('settings.patternMessageZh'), en: t('settings.patternMessageEn') }}
          onCommit={(text) => set('patternMessage', text)}
          onClear={() => set('patternMessage', undefined)}
        />
      )}
    </>
  );
}
