import { Button } from 'antd';
import { formJsonSchema, type FormDefinition } from '@baton/schemas';
import { useLocale } from '../i18n/index.ts';
import { useFormBuilderT } from './i18n.ts';

/** Saves `text` as a file named `name` through a temporary link. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/schema+json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download reads the blob after this task: release it on the next one.
  window.setTimeout(() => URL.revokeObjectURL(url));
}

/**
 * Downloads `<flowKey>.form.schema.json`: the JSON Schema of the values a client submits to
 * this form, with titles in the UI language (what integrators validate against).
 */
export function ExportSchemaButton(props: {
  readonly flowKey: string;
  readonly form: FormDefinition;
}) {
  const t = useFormBuilderT();
  const locale = useLocale();
  const save = () => {
    const schema = formJsonSchema(props.form, { locale });
    download(`${props.flowKey}.form.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  };

  return <Button onClick={save}>{t('export.button')}</Button>;
}
