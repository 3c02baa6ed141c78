import {
  useDraggable,
  type DragCancelEvent,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { resolveText } from '@baton/schemas';
import { useFlowsT } from '../flows/i18n.ts';
import { useLocale } from '../i18n/index.ts';
import { insertChoices, shapeOf, type InsertChoice } from './insert-choices.ts';

/** The data a palette drag carries, read by the canvas on drop. */
export type PaletteDragData = { readonly paletteType: string };

export function isPaletteDrag(data: unknown): data is PaletteDragData {
  return typeof data === 'object' && data !== null && 'paletteType' in data;
}

function PaletteItem({ choice }: { readonly choice: InsertChoice }) {
  const locale = useLocale();
  const label = resolveText(choice.label, locale);
  const data: PaletteDragData = { paletteType: choice.type };
  const { attributes, listeners, setNodeRef } = useDraggable({
    id: `palette-${choice.type}`,
    data,
  });

  return (
    <li>
      <button
        type="button"
        ref={setNodeRef}
        className={`baton-palette__item baton-palette__item--${shapeOf(choice.type)}`}
        data-palette-type={choice.type}
        {...attributes}
        {...listeners}
      >
        {label}
      </button>
    </li>
  );
}

/**
 * Kinds to drag onto an edge of the canvas. Each item's visible text is the kind's label
 * ("审批" / "Approval"); its accessible name says what to do with it.
 */
export function Palette() {
  const t = useFlowsT();

  return (
    <nav className="baton-palette nokey" aria-label={t('palette.title')}>
      <h3 className="baton-palette__title">{t('palette.title')}</h3>
      <p className="baton-palette__hint">{t('palette.hint')}</p>
      <ul>
        {insertChoices.map((choice) => (
          <PaletteItem key={choice.type} choice={choice} />
        ))}
      </ul>
    </nav>
  );
}

export function PaletteGhost({ type }: { readonly type: string }) {
  const locale = useLocale();
  const choice = insertChoices.find((candidate) => candidate.type === type);

  return (
    <div className="baton-palette__item baton-palette__ghost">
      {choice ? resolveText(choice.label, locale) : type}
    </div>
  );
}

/** Screen reader texts for palette drags, in the UI language. */
export function usePaletteAnnouncements() {
  const t = useFlowsT();
  const locale = useLocale();
  const labelOf = (data: unknown) => {
    const type = isPaletteDrag(data) ? data.paletteType : '';
    const choice = insertChoices.find((candidate) => candidate.type === type);

    return choice ? resolveText(choice.label, locale) : type;
  };
  const label = (event: { active: { data: { current?: unknown } } }) => ({
    label: labelOf(event.active.data.current),
  });

  return {
    screenReaderInstructions: { draggable: t('palette.instructions') },
    announcements: {
      onDragStart: (event: DragStartEvent) => t('palette.announce.start', label(event)),
      onDragOver: () => undefined,
      onDragEnd: (event: DragEndEvent) => t('palette.announce.end', label(event)),
      onDragCancel: (event: DragCancelEvent) => t('palette.announce.cancel', label(event)),
    },
  };
}
