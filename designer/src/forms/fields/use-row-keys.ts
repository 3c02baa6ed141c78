import { useRef } from 'react';
import { moveItem, removeItem } from '../values/table-rows.ts';

/**
 * Stable React keys for the rows of a line-item table, which have no ids of their own. They
 * follow the rows through removal and reordering (`removed`, `moved`, called just before the
 * change), so each row keeps its inputs (and their focus and half-typed state) instead of
 * handing them to the row that slid into its place. Rows added or dropped any other way get
 * fresh keys at the end.
 */
export function useRowKeys(count: number) {
  const state = useRef({ keys: [] as number[], next: 0 });
  const current = state.current;
  while (current.keys.length < count) current.keys.push((current.next += 1));
  if (current.keys.length > count) current.keys = current.keys.slice(0, count);

  return {
    keys: current.keys,
    removed(index: number) {
      current.keys = removeItem(current.keys, index);
    },
    moved(from: number, to: number) {
      current.keys = moveItem(current.keys, from, to);
    },
  };
}
