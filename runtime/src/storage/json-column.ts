import type { z } from 'zod';
import { storageError } from './errors.ts';

/**
 * Parses a JSON `text` column with its zod schema: a stored document is never trusted by cast.
 * A row that does not parse is a bug (`storage.corrupt-row`), reported with where it came from.
 */
export function parseJsonColumn<S extends z.ZodType>(
  schema: S,
  text: string,
  where: { table: string; id: string },
): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw storageError('storage.corrupt-row', where, { cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw storageError('storage.corrupt-row', where, { cause: parsed.error });

  return parsed.data;
}
