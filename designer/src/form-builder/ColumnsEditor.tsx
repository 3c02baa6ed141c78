import { Button, Form, Select, Space, Switch } from 'antd';
import type { ColumnField, ExpressionScope } from '@baton/schemas';
import { I18nTextFields } from '../canvas/panel/I18nTextFields.tsx';
import { ColumnSettings } from './ColumnSettings.tsx';
import { freeKey, newColumn } from './field-defaults.ts';
import { columnTypes, KEY_PATTERN } from './field-types.ts';
import { useFormBuilderT } from './i18n.ts';
import { CheckedSetting } from './settings-inputs.tsx';

type ColumnProps = {
  readonly id: string;
  readonly index: number;
  readonly columns: readonly ColumnField[];
  readonly scopeOf: (columnKey: string) => ExpressionScope;
  readonly onCommit: (columns: ColumnField[]) => void;
};

function moved(columns: readonly ColumnField[], from: number, to: number): ColumnField[] {
  const next = [...columns];
  const [column] = next.splice(from, 1);
  if (column) next.splice(to, 0, column);

  return next;
}

/** One column: key, labels, type, required, its type's settings; move and remove. */
function ColumnCard({ id, index, columns, scopeOf, onCommit }: ColumnProps) {
  const t = useFormBuilderT();
  const column = columns[index];
  if (!column) return null;
  const number = index + 1;
  const replace = (next: ColumnField) =>
    onCommit(columns.map((current, position) => (position === index ? next : current)));
  const keyFree = (key: string) =>
    KEY_PATTERN.test(key) && !columns.some((other, at) => at !== index && other.key === key);

  return (
    <fieldset className="baton-column">
      <legend>{t('columns.legend', { index: number })}</legend>
      <CheckedSetting
        id={`${id}-key`}
        label={t('columns.key')}
        value={column.key}
        read={(key) => (keyFree(key) ? key : null)}
        error={t('columns.keyInvalid')}
        onCommit={(key) => replace({ ...column, key })}
      />
      <I18nTextFields
        idPrefix={`${id}-label`}
        value={column.label}
        labels={{ zh: t('columns.labelZh'), en: t('columns.labelEn') }}
        onCommit={(label) => replace({ ...column, label })}
      />
      <Form.Item label={t('columns.type')} htmlFor={`${id}-type`}>
        <Select<ColumnField['type']>
          id={`${id}-type`}
          value={column.type}
          onChange={(type) => replace(newColumn(type, column.key, column.label))}
          options={columnTypes.map((type) => ({ value: type, label: t(`types.${type}`) }))}
        />
      </Form.Item>
      {column.type !== 'computed' && (
        <Form.Item label={t('editor.required')} htmlFor={`${id}-required`}>
          <Switch
            id={`${id}-required`}
            checked={column.required}
            onChange={(required) => replace({ ...column, required })}
          />
        </Form.Item>
      )}
      <ColumnSettings
        idPrefix={id}
        column={column}
        commit={replace}
        rowScope={scopeOf(column.key)}
      />
      <Space size={4} wrap>
        <Button
          size="small"
          disabled={index === 0}
          onClick={() => onCommit(moved(columns, index, index - 1))}
        >
          {t('columns.moveUp', { index: number })}
        </Button>
        <Button
          size="small"
          disabled={index === columns.length - 1}
          onClick={() => onCommit(moved(columns, index, index + 1))}
        >
          {t('columns.moveDown', { index: number })}
        </Button>
        {columns.length > 1 && (
          <Button
            size="small"
            danger
            onClick={() => onCommit(columns.filter((_, position) => position !== index))}
          >
            {t('columns.remove', { index: number })}
          </Button>
        )}
      </Space>
    </fieldset>
  );
}

/**
 * The columns of a line-item table. Changing a column's type starts it over with that type's
 * defaults, keeping its key and label; a computed column's formula reads the row's columns
 * (`scopeOf`: the cells a formula of that column may read).
 */
export function ColumnsEditor(props: {
  readonly idPrefix: string;
  readonly columns: readonly ColumnField[];
  readonly scopeOf: (columnKey: string) => ExpressionScope;
  readonly onCommit: (columns: ColumnField[]) => void;
}) {
  const t = useFormBuilderT();
  const { columns, onCommit } = props;
  const add = () => {
    const key = freeKey('column', new Set(columns.map((column) => column.key)));
    onCommit([...columns, newColumn('text', key)]);
  };

  return (
    <div className="baton-panel__group" role="group" aria-label={t('columns.title')}>
      <div className="baton-columns__title">{t('columns.title')}</div>
      {columns.map((column, index) => (
        <ColumnCard
          key={`${index}-${column.key}`}
          id={`${props.idPrefix}-${index}`}
          index={index}
          columns={columns}
          scopeOf={props.scopeOf}
          onCommit={onCommit}
        />
      ))}
      <Button size="small" onClick={add}>
        {t('columns.add')}
      </Button>
    </div>
  );
}
