import type { CompiledQuery, Compilable, Kysely } from 'kysely';
import type { BatonDatabase } from './schema.ts';

const compiled = new Map<string, CompiledQuery<unknown>>();

/**
 * A hot query of fixed shape, built and compiled once per dialect and `shape`, then run with
 * new `parameters`: building and compiling a Kysely query costs about as much as SQLite takes
 * to run a small one. `build` must make a query whose parameters are exactly `parameters` (in
 * order); when they are not, its compiled form is used once and not kept.
 */
export function reuseCompiled<R>(
  db: Kysely<BatonDatabase>,
  options: { shape: string; parameters: readonly unknown[]; build: () => Compilable<R> },
): CompiledQuery<R> {
  const key = `${db.getExecutor().adapter.constructor.name}\u0000${options.shape}`;
  const known = compiled.get(key) as CompiledQuery<R> | undefined;
  if (known) return { ...known, parameters: options.parameters };
  const fresh = options.build().compile();
  const same =
    fresh.parameters.length === options.parameters.length &&
    fresh.parameters.every((value, index) => value === options.parameters[index]);
  if (same) compiled.set(key, fresh);

  return fresh;
}
