import { useDroppable } from '@dnd-kit/core';
import {
  SortableContext,
  useSortable,
  verticalListSortingStrategy,
  type SortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Space, Typography } from 'antd';
import { moveField, removeField, resolveText, type FormField } from '@baton/schemas';
import type { RunCommand } from '../canvas/selection.ts';
import { useLocale } from '../i18n/index.ts';
import { LIST_END, type DropTarget } from './drop-target.ts';
import { useFormBuilderT } from './i18n.ts';

type RowProps = {
  readonly field: FormField;
  readonly index: number;
  readonly count: number;
  readonly selected: boolean;
  /** A palette entry would land just above (`before`) or below (`after`) this row. */
  readonly marker: 'before' | 'after' | undefined;
  readonly onSelect: () => void;
  readonly run: RunCommand;
};

function rowClass(props: RowProps, dragging: boolean): string {
  const classes = ['baton-field-row'];
  if (props.selected) classes.push('is-selected');
  if (dragging) classes.push('is-dragging');
  if (props.marker) classes.push(`is-drop-${props.marker}`);

  return classes.join(' ');
}

function FieldRow(props: RowProps) {
  const { field, index, count, run } = props;
  const t = useFormBuilderT();
  const locale = useLocale();
  const sortable = useSortable({ id: field.key });
  const label = resolveText(field.label, locale);
  const style = {
    transform: CSS.Transform.toString(sortable.transform),
    transition: sortable.transition,
  };

  return (
    <li ref={sortable.setNodeRef} style={style} className={rowClass(props, sortable.isDragging)}>
      <button
        type="button"
        className="baton-field-row__handle"
        ref={sortable.setActivatorNodeRef}
        aria-label={t('list.dragHandle', { label })}
        {...sortable.attributes}
        {...sortable.listeners}
      >
        ⠿
      </button>
      <button
        type="button"
        className="baton-field-row__main"
        aria-pressed={props.selected}
        aria-label={t('list.select', { label })}
        onClick={props.onSelect}
      >
        <span className="baton-field-row__label">{label}</span>
        <Typography.Text type="secondary" className="baton-field-row__meta">
          {field.key} · {t(`types.${field.type}`)}
          {'required' in field && field.required ? ' *' : ''}
        </Typography.Text>
      </button>
      <Space size={4}>
        <Button
          size="small"
          disabled={index === 0}
          aria-label={t('list.moveUp', { label })}
          onClick={() => run(moveField({ key: field.key, toIndex: index - 1 }))}
        >
          ↑
        </Button>
        <Button
          size="small"
          disabled={index === count - 1}
          aria-label={t('list.moveDown', { label })}
          onClick={() => run(moveField({ key: field.key, toIndex: index + 1 }))}
        >
          ↓
        </Button>
        <Button
          size="small"
          danger
          aria-label={t('list.remove', { label })}
          onClick={() => run(removeField({ key: field.key }))}
        >
          ×
        </Button>
      </Space>
    </li>
  );
}

/** The drop zone after the last field: the whole list's target while it is empty. */
function EndZone(props: { readonly empty: boolean; readonly active: boolean }) {
  const t = useFormBuilderT();
  const droppable = useDroppable({ id: LIST_END });
  const classes = ['baton-field-list__end'];
  if (props.empty) classes.push('is-empty');
  if (props.active || droppable.isOver) classes.push('is-over');

  return (
    <div ref={droppable.setNodeRef} className={classes.join(' ')}>
      {props.empty ? t('list.empty') : t('list.dropHere')}
    </div>
  );
}

// While a palette entry is dragged, the rows stay put and a marker shows where it lands.
const stayPut: SortingStrategy = () => null;

function markerFor(key: string, target: DropTarget | undefined) {
  if (target?.key !== key) return undefined;

  return target.below ? 'after' : 'before';
}

/**
 * The form's fields in order, inside the builder's drag context. Reorder by dragging a handle
 * (mouse or keyboard: Space, arrows, Space) or with the up/down buttons, each move one
 * `moveField` command; palette entries dropped here become new fields.
 */
export function SortableFieldList(props: {
  readonly fields: readonly FormField[];
  readonly selectedKey: string | undefined;
  readonly onSelect: (key: string) => void;
  readonly run: RunCommand;
  /** Set while a palette entry is dragged: where it would land. */
  readonly paletteTarget: DropTarget | undefined;
  readonly paletteDrag: boolean;
}) {
  const { fields, run, paletteTarget } = props;
  const t = useFormBuilderT();
  const keys = fields.map((field) => field.key);

  return (
    <SortableContext
      items={keys}
      strategy={props.paletteDrag ? stayPut : verticalListSortingStrategy}
    >
      <ul className="baton-field-list" aria-label={t('list.label')}>
        {fields.map((field, index) => (
          <FieldRow
            key={field.key}
            field={field}
            index={index}
            count={fields.length}
            selected={field.key === props.selectedKey}
            marker={props.paletteDrag ? markerFor(field.key, paletteTarget) : undefined}
            onSelect={() => props.onSelect(field.key)}
            run={run}
          />
        ))}
      </ul>
      <EndZone
        empty={fields.length === 0}
        active={props.paletteDrag && paletteTarget?.key === LIST_END}
      />
    </SortableContext>
  );
}
