import { Button, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { addField, type FieldType, type FormDefinition } from '@baton/schemas';
import type { RunCommand } from '../canvas/selection.ts';
import { useFlowsT } from '../flows/i18n.ts';
import { fieldTypes, newField } from './field-defaults.ts';
import { FieldEditor } from './FieldEditor.tsx';
import './form-builder.css';
import { SortableFieldList } from './SortableFieldList.tsx';

/**
 * The Form tab: the field list (sortable), a type picker to add fields, and the selected
 * field's settings. Every change is an edit command in the same history as the canvas.
 */
export function FormBuilder(props: { readonly form: FormDefinition; readonly run: RunCommand }) {
  const { form, run } = props;
  const t = useFlowsT();
  const [selectedKey, setSelectedKey] = useState<string>();
  const [newType, setNewType] = useState<FieldType>('text');
  const selected = form.fields.find((field) => field.key === selectedKey);
  const add = () => {
    const field = newField(newType, new Set(form.fields.map((item) => item.key)));
    if (run(addField({ field }))) setSelectedKey(field.key);
  };

  return (
    <div className="baton-form-builder">
      <section className="baton-form-builder__list" aria-labelledby="baton-form-fields-title">
        <Typography.Title level={5} id="baton-form-fields-title">
          {t('formBuilder.title')}
        </Typography.Title>
        {form.fields.length === 0 ? (
          <Typography.Paragraph type="secondary">{t('formBuilder.empty')}</Typography.Paragraph>
        ) : (
          <SortableFieldList
            fields={form.fields}
            selectedKey={selectedKey}
            onSelect={setSelectedKey}
            run={run}
          />
        )}
        <Space className="baton-form-builder__add nokey">
          <label htmlFor="form-builder-new-type">{t('formBuilder.fieldType')}</label>
          <Select<FieldType>
            id="form-builder-new-type"
            value={newType}
            onChange={setNewType}
            style={{ width: 160 }}
            options={fieldTypes.map((type) => ({
              value: type,
              label: t(`formBuilder.types.${type}`),
            }))}
          />
          <Button type="primary" onClick={add}>
            {t('formBuilder.addField')}
          </Button>
        </Space>
      </section>
      <section className="baton-form-builder__editor" aria-labelledby="baton-field-editor-title">
        <Typography.Title level={5} id="baton-field-editor-title">
          {t('formBuilder.editorTitle')}
        </Typography.Title>
        {selected ? (
          <FieldEditor
            key={selected.key}
            form={form}
            field={selected}
            run={run}
            onKeyChange={setSelectedKey}
          />
        ) : (
          <Typography.Paragraph type="secondary">
            {t('formBuilder.noSelection')}
          </Typography.Paragraph>
        )}
      </section>
    </div>
  );
}
