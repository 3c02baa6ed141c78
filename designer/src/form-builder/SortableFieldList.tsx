import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragCancelEvent,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Space, Typography } from 'antd';
import { moveField, removeField, resolveText, type FormField } from '@baton/schemas';
import type { RunCommand } from '../canvas/selection.ts';
import { useFlowsT } from '../flows/i18n.ts';
import { useLocale } from '../i18n/index.ts';

type RowProps = {
  readonly field: FormField;
  readonly index: number;
  readonly count: number;
  readonly selected: boolean;
  readonly onSelect: () => void;
  readonly run: RunCommand;
};

function FieldRow({ field, index, count, selected, onSelect, run }: RowProps) {
  const t = useFlowsT();
  const locale = useLocale();
  const sortable = useSortable({ id: field.key });
  const label = resolveText(field.label, locale);
  const style = {
    transform: CSS.Transform.toString(sortable.transform),
    transition: sortable.transition,
  };

  return (
    <li
      ref={sortable.setNodeRef}
      style={style}
      className={`baton-field-row${selected ? ' is-selected' : ''}${sortable.isDragging ? ' is-dragging' : ''}`}
    >
      <button
        type="button"
        className="baton-field-row__handle"
        ref={sortable.setActivatorNodeRef}
        aria-label={t('formBuilder.dragHandle', { label })}
        {...sortable.attributes}
        {...sortable.listeners}
      >
        ⠿
      </button>
      <button
        type="button"
        className="baton-field-row__main"
        aria-pressed={selected}
        aria-label={t('formBuilder.select', { label })}
        onClick={onSelect}
      >
        <span className="baton-field-row__label">{label}</span>
        <Typography.Text type="secondary" className="baton-field-row__meta">
          {field.key} · {t(`formBuilder.types.${field.type}`)}
          {field.required ? ' *' : ''}
        </Typography.Text>
      </button>
      <Space size={4}>
        <Button
          size="small"
          disabled={index === 0}
          aria-label={t('formBuilder.moveUp', { label })}
          onClick={() => run(moveField({ key: field.key, toIndex: index - 1 }))}
        >
          ↑
        </Button>
        <Button
          size="small"
          disabled={index === count - 1}
          aria-label={t('formBuilder.moveDown', { label })}
          onClick={() => run(moveField({ key: field.key, toIndex: index + 1 }))}
        >
          ↓
        </Button>
        <Button
          size="small"
          danger
          aria-label={t('formBuilder.removeField', { label })}
          onClick={() => run(removeField({ key: field.key }))}
        >
          ×
        </Button>
      </Space>
    </li>
  );
}

/**
 * The form's fields in order. Reorder by dragging a handle (mouse or keyboard: Space, arrows,
 * Space) or with the up/down buttons; each move is one `moveField` command.
 */
export function SortableFieldList(props: {
  readonly fields: readonly FormField[];
  readonly selectedKey: string | undefined;
  readonly onSelect: (key: string) => void;
  readonly run: RunCommand;
}) {
  const { fields, run } = props;
  const t = useFlowsT();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const keys = fields.map((field) => field.key);
  const accessibility = useAnnouncements(fields);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const toIndex = keys.indexOf(String(over.id));
    if (toIndex >= 0) run(moveField({ key: String(active.id), toIndex }));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={accessibility}
    >
      <SortableContext items={keys} strategy={verticalListSortingStrategy}>
        <ul className="baton-field-list" aria-label={t('formBuilder.listLabel')}>
          {fields.map((field, index) => (
            <FieldRow
              key={field.key}
              field={field}
              index={index}
              count={fields.length}
              selected={field.key === props.selectedKey}
              onSelect={() => props.onSelect(field.key)}
              run={run}
            />
          ))}
        </ul>
      </SortableContext>
    </DndContext>
  );
}

/** What screen readers hear while a field is dragged, in the UI language. */
function useAnnouncements(fields: readonly FormField[]) {
  const t = useFlowsT();
  const locale = useLocale();
  const labelOf = (id: UniqueIdentifier | undefined) => {
    const field = fields.find((candidate) => candidate.key === id);

    return field ? resolveText(field.label, locale) : String(id ?? '');
  };

  return {
    screenReaderInstructions: { draggable: t('formBuilder.dragInstructions') },
    announcements: {
      onDragStart: ({ active }: DragStartEvent) =>
        t('formBuilder.announce.start', { label: labelOf(active.id) }),
      onDragOver: ({ active, over }: DragOverEvent) =>
        t('formBuilder.announce.over', { label: labelOf(active.id), target: labelOf(over?.id) }),
      onDragEnd: ({ active, over }: DragEndEvent) =>
        t('formBuilder.announce.end', { label: labelOf(active.id), target: labelOf(over?.id) }),
      onDragCancel: ({ active }: DragCancelEvent) =>
        t('formBuilder.announce.cancel', { label: labelOf(active.id) }),
    },
  };
}
