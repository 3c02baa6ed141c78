import { useDraggable } from '@dnd-kit/core';
import { Typography } from 'antd';
import type { FieldType } from '@baton/schemas';
import { paletteId } from './drop-target.ts';
import { FIELD_GROUPS } from './field-types.ts';
import { useFormBuilderT } from './i18n.ts';

function PaletteEntry(props: { readonly type: FieldType; readonly onAdd: () => void }) {
  const t = useFormBuilderT();
  const draggable = useDraggable({ id: paletteId(props.type) });

  return (
    <li>
      <button
        type="button"
        ref={draggable.setNodeRef}
        className={`baton-palette-entry${draggable.isDragging ? ' is-dragging' : ''}`}
        title={t('palette.hint')}
        onClick={props.onAdd}
        // The pointer drags; a click or Enter adds the field at the end of the list instead of
        // starting a keyboard drag (the list rows carry the keyboard reordering).
        onPointerDown={(event) => draggable.listeners?.onPointerDown?.(event)}
      >
        {t(`types.${props.type}`)}
      </button>
    </li>
  );
}

/**
 * Every field type, grouped. Drag an entry onto the field list to add a field of that type at
 * that place; click it (or press Enter on it) to add one at the end.
 */
export function FieldPalette(props: { readonly onAdd: (type: FieldType) => void }) {
  const t = useFormBuilderT();

  return (
    <nav className="baton-form-palette" aria-label={t('palette.label')}>
      {FIELD_GROUPS.map((group) => (
        <section key={group.key} aria-labelledby={`baton-palette-${group.key}`}>
          <Typography.Text type="secondary" id={`baton-palette-${group.key}`} strong>
            {t(`palette.groups.${group.key}`)}
          </Typography.Text>
          <ul className="baton-form-palette__list">
            {group.types.map((type) => (
              <PaletteEntry key={type} type={type} onAdd={() => props.onAdd(type)} />
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}

/** What follows the pointer while a palette entry is dragged. */
export function PaletteChip(props: { readonly type: FieldType }) {
  const t = useFormBuilderT();

  return <span className="baton-palette-entry is-overlay">{t(`types.${props.type}`)}</span>;
}
