import type { FieldType } from '@baton/schemas';
import { fieldTypes } from './field-types.ts';

const PALETTE_PREFIX = 'palette:';

/** The drop zone under the last field (and the whole list while it is empty). */
export const LIST_END = 'field-list-end';

/** The drag id of a palette entry; field rows use their key, so the two never clash. */
export function paletteId(type: FieldType): string {
  return `${PALETTE_PREFIX}${type}`;
}

/** The field type a palette entry's drag id stands for; `undefined` for a field row. */
export function paletteType(id: string | number): FieldType | undefined {
  const text = String(id);
  if (!text.startsWith(PALETTE_PREFIX)) return undefined;
  const type = text.slice(PALETTE_PREFIX.length);

  return fieldTypes.find((candidate) => candidate === type);
}

/** Where the pointer is over a field row: its `key`, and whether on its lower half. */
export type DropTarget = { readonly key: string; readonly below: boolean };

/**
 * The index a new field dropped on `target` takes in the list of `keys`: before the row it is
 * over, after it on the row's lower half, last on the end zone; `undefined` when it was dropped
 * outside the list.
 */
export function dropIndex(
  keys: readonly string[],
  target: DropTarget | undefined,
): number | undefined {
  if (!target) return undefined;
  if (target.key === LIST_END) return keys.length;
  const index = keys.indexOf(target.key);
  if (index < 0) return undefined;

  return target.below ? index + 1 : index;
}

/** The index a field row moved onto `overKey` goes to (the end zone: the last place). */
export function moveIndex(keys: readonly string[], overKey: string): number {
  return overKey === LIST_END ? keys.length - 1 : keys.indexOf(overKey);
}
