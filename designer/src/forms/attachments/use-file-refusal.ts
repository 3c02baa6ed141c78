import { acceptedExtensions, acceptsFile, issueText } from '@baton/schemas';
import { useLocale, useText } from '../../i18n/index.ts';
import type { FieldOf } from '../fields/editor-props.ts';

/**
 * The browser's copy of the server's check of one file against the field's limits (A's
 * `acceptsFile`, the same code), worded in the UI language; null when the file may go.
 */
export function useFileRefusal(field: FieldOf<'attachment' | 'image'>) {
  const locale = useLocale();
  const text = useText();

  return (file: File): string | null => {
    const code = acceptsFile(field, file.name, file.type, file.size);
    if (code === null) return null;

    return issueText(
      code,
      {
        field: text(field.label),
        name: file.name,
        max: field.validation.maxSizeMb,
        accept: acceptedExtensions(field).join(', '),
      },
      locale,
    );
  };
}
