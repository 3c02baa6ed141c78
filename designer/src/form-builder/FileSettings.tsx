import { Form } from 'antd';
import { MAX_FIELD_FILES, MAX_FILE_MB, type FormField } from '@baton/schemas';
import { CommitInput } from '../canvas/panel/CommitInput.tsx';
import { parseExtensions } from './extensions.ts';
import { useFormBuilderT } from './i18n.ts';
import { IntegerSetting } from './settings-inputs.tsx';

type FileField = Extract<FormField, { type: 'attachment' | 'image' }>;

/** Limits of an attachment or image field: how many files, how large, which extensions. */
export function FileSettings(props: {
  readonly idPrefix: string;
  readonly field: FileField;
  readonly commit: (field: FileField) => void;
}) {
  const { idPrefix, field, commit } = props;
  const t = useFormBuilderT();
  const { validation } = field;

  return (
    <>
      <IntegerSetting
        id={`${idPrefix}-max-files`}
        label={t('settings.maxFiles')}
        value={validation.maxFiles}
        min={1}
        max={MAX_FIELD_FILES}
        onCommit={(maxFiles) =>
          maxFiles !== undefined && commit({ ...field, validation: { ...validation, maxFiles } })
        }
      />
      <IntegerSetting
        id={`${idPrefix}-max-size`}
        label={t('settings.maxSizeMb')}
        value={validation.maxSizeMb}
        min={1}
        max={MAX_FILE_MB}
        onCommit={(maxSizeMb) =>
          maxSizeMb !== undefined && commit({ ...field, validation: { ...validation, maxSizeMb } })
        }
      />
      <Form.Item
        label={t('settings.accept')}
        htmlFor={`${idPrefix}-accept`}
        extra={field.type === 'image' ? t('settings.acceptImages') : t('settings.acceptHelp')}
      >
        <CommitInput
          id={`${idPrefix}-accept`}
          value={validation.accept.join(', ')}
          onCommit={(text) =>
            commit({ ...field, validation: { ...validation, accept: parseExtensions(text) } })
          }
        />
      </Form.Item>
    </>
  );
}
