import { Button, Select, Space } from 'antd';
import { useState } from 'react';
import type { FieldType } from '@baton/schemas';
import { fieldTypes } from './field-types.ts';
import { useFormBuilderT } from './i18n.ts';

/** A type picker and "Add field": adding without the mouse, at the end of the list. */
export function AddFieldRow(props: { readonly onAdd: (type: FieldType) => void }) {
  const t = useFormBuilderT();
  const [type, setType] = useState<FieldType>('text');

  return (
    <Space className="baton-form-builder__add nokey">
      <label htmlFor="form-builder-new-type">{t('list.fieldType')}</label>
      <Select<FieldType>
        id="form-builder-new-type"
        value={type}
        onChange={setType}
        style={{ width: 180 }}
        options={fieldTypes.map((value) => ({ value, label: t(`types.${value}`) }))}
      />
      <Button type="primary" onClick={() => props.onAdd(type)}>
        {t('list.addField')}
      </Button>
    </Space>
  );
}
