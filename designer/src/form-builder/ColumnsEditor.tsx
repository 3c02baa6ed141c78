import { Button, Form, Select } from 'antd';
import type { ColumnField } from '@baton/schemas';
import { CommitInput } from '../canvas/panel/CommitInput.tsx';
import { I18nTextFields } from '../canvas/panel/I18nTextFields.tsx';
import { useFlowsT } from '../flows/i18n.ts';
import { columnTypes, freeKey, newColumn } from './field-defaults.ts';

const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,63}$/;

/**
 * The columns of a line-item table: key, bilingual label and type each. Changing a column's
 * type starts it over with that type's defaults, keeping its key and label.
 */
export function ColumnsEditor(props: {
  readonly idPrefix: string;
  readonly columns: readonly ColumnField[];
  readonly onCommit: (columns: ColumnField[]) => void;
}) {
  const t = useFlowsT();
  const { columns, onCommit } = props;
  const replace = (index: number, column: ColumnField) =>
    onCommit(columns.map((current, position) => (position === index ? column : current)));
  const taken = new Set(columns.map((column) => column.key));

  return (
    <fieldset className="baton-panel__group">
      <legend>{t('formBuilder.columns')}</legend>
      {columns.map((column, index) => {
        const number = index + 1;
        const id = `${props.idPrefix}-${index}`;

        return (
          <div key={`${index}-${column.key}`} className="baton-rule">
            <Form.Item label={t('formBuilder.columnKey', { index: number })} htmlFor={`${id}-key`}>
              <CommitInput
                id={`${id}-key`}
                value={column.key}
                onCommit={(key) =>
                  KEY_PATTERN.test(key) && !taken.has(key) && replace(index, { ...column, key })
                }
              />
            </Form.Item>
            <I18nTextFields
              idPrefix={`${id}-label`}
              value={column.label}
              labels={{
                zh: t('formBuilder.columnLabelZh', { index: number }),
                en: t('formBuilder.columnLabelEn', { index: number }),
              }}
              onCommit={(label) => replace(index, { ...column, label })}
            />
            <Form.Item
              label={t('formBuilder.columnType', { index: number })}
              htmlFor={`${id}-type`}
            >
              <Select<ColumnField['type']>
                id={`${id}-type`}
                value={column.type}
                onChange={(type) =>
                  replace(index, newColumn(type, column.key, toBoth(column.label)))
                }
                options={columnTypes.map((type) => ({
                  value: type,
                  label: t(`formBuilder.types.${type}`),
                }))}
              />
            </Form.Item>
            {columns.length > 1 && (
              <Button
                size="small"
                danger
                onClick={() => onCommit(columns.filter((_, position) => position !== index))}
              >
                {t('formBuilder.removeColumn', { index: number })}
              </Button>
            )}
          </div>
        );
      })}
      <Button
        size="small"
        onClick={() => onCommit([...columns, newColumn('text', freeKey('column', taken))])}
      >
        {t('formBuilder.addColumn')}
      </Button>
    </fieldset>
  );
}

function toBoth(label: ColumnField['label']): { 'zh-CN': string; en: string } {
  return typeof label === 'string' ? { 'zh-CN': label, en: label } : label;
}
