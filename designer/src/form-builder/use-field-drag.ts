import {
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Active,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type Over,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useState } from 'react';
import { moveField, resolveText, type FieldType, type FormDefinition } from '@baton/schemas';
import type { RunCommand } from '../canvas/selection.ts';
import { useLocale } from '../i18n/index.ts';
import { dropIndex, moveIndex, paletteType, type DropTarget } from './drop-target.ts';
import { useFormBuilderT } from './i18n.ts';

function isBelow(active: Active, over: Over): boolean {
  const dragged = active.rect.current.translated;
  if (!dragged) return false;

  return dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2;
}

/**
 * Dragging in the form builder: a palette entry dropped on the field list adds a field of its
 * type there (`add`), a field row dropped on another row moves it (`moveField`). `dragged` is
 * the palette type on the move and `target` where it would land, for the drop marker.
 */
export function useFieldDrag(options: {
  readonly form: FormDefinition;
  readonly run: RunCommand;
  readonly add: (type: FieldType, index: number) => void;
}) {
  const { form, run, add } = options;
  const [dragged, setDragged] = useState<FieldType>();
  const [target, setTarget] = useState<DropTarget>();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const keys = form.fields.map((field) => field.key);
  const aim = (active: Active, over: Over | null) =>
    over ? { key: String(over.id), below: isBelow(active, over) } : undefined;
  const stop = () => {
    setDragged(undefined);
    setTarget(undefined);
  };

  return {
    dragged,
    target,
    sensors,
    accessibility: useAnnouncements(form),
    onDragStart: ({ active }: DragStartEvent) => setDragged(paletteType(active.id)),
    onDragOver: ({ active, over }: DragOverEvent) => {
      if (paletteType(active.id)) setTarget(aim(active, over));
    },
    onDragCancel: stop,
    onDragEnd: ({ active, over }: DragEndEvent) => {
      stop();
      const type = paletteType(active.id);
      if (type) {
        const index = dropIndex(keys, aim(active, over));
        if (index !== undefined) add(type, index);
      } else if (over && active.id !== over.id) {
        const toIndex = moveIndex(keys, String(over.id));
        if (toIndex >= 0) run(moveField({ key: String(active.id), toIndex }));
      }
    },
  };
}

/** What screen readers hear while a field or a palette entry is dragged, in the UI language. */
function useAnnouncements(form: FormDefinition) {
  const t = useFormBuilderT();
  const locale = useLocale();
  const labelOf = (id: UniqueIdentifier | undefined) => {
    const type = id === undefined ? undefined : paletteType(id);
    if (type) return t(`types.${type}`);
    const field = form.fields.find((candidate) => candidate.key === id);

    return field ? resolveText(field.label, locale) : t('list.end');
  };
  const names = (active: Active, over: Over | null) => ({
    label: labelOf(active.id),
    target: labelOf(over?.id),
  });

  return {
    screenReaderInstructions: { draggable: t('list.dragInstructions') },
    announcements: {
      onDragStart: ({ active }: DragStartEvent) =>
        t('announce.start', { label: labelOf(active.id) }),
      onDragOver: ({ active, over }: DragOverEvent) => t('announce.over', names(active, over)),
      onDragEnd: ({ active, over }: DragEndEvent) => t('announce.end', names(active, over)),
      onDragCancel: ({ active }: { active: Active }) =>
        t('announce.cancel', { label: labelOf(active.id) }),
    },
  };
}
