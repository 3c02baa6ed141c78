import { isDecimalString } from '@baton/schemas';
import { InstanceState, type TaskState } from '@baton/runtime';
import { parseJsonColumn, type BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { withStates, type InstanceHead } from './instance-heads.ts';

/** What list rows need of a request's state, however large its values are. */
export type ListFacts = {
  /** The value of field `amount` when it is a decimal (what a title may show). */
  readonly amount: string | undefined;
  /** Who holds or held which tasks: what field access depends on. */
  readonly tasks: readonly Pick<TaskState, 'nodeId' | 'assigneeId' | 'onBehalfOf'>[];
  /** Nodes of the active steps, in the order they were entered. */
  readonly activeNodeIds: readonly string[];
};

const ListState = InstanceState.pick({ values: true, tasks: true, steps: true });

/**
 * How much one process keeps, counted in tasks (plus one per request): a step with thousands of
 * approvers weighs what it holds. The least recently listed requests go first.
 */
const CACHE_WEIGHT = 200_000;

type Entry = { readonly version: number; readonly facts: ListFacts };
type Cache = { readonly entries: Map<string, Entry>; weight: number };

/** One cache per database handle, so two test apps in one process never share entries. */
const caches = new WeakMap<Kysely<BatonDatabase>, Cache>();

function cacheOf(db: Kysely<BatonDatabase>): Cache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { entries: new Map(), weight: 0 };
    caches.set(db, cache);
  }

  return cache;
}

const weightOf = (entry: Entry) => 1 + entry.facts.tasks.length;

function factsOf(id: string, text: string): ListFacts {
  const state = parseJsonColumn(ListState, text, { table: 'instances', id });
  const amount = state.values['amount'];

  return {
    amount: isDecimalString(amount) ? amount : undefined,
    tasks: state.tasks.map(({ nodeId, assigneeId, onBehalfOf }) => ({
      nodeId,
      assigneeId,
      onBehalfOf,
    })),
    activeNodeIds: state.steps.filter((step) => step.status === 'active').map((s) => s.nodeId),
  };
}

/** Keeps `entry` as the most recent, dropping the least recent past `CACHE_WEIGHT`. */
function remember(cache: Cache, id: string, entry: Entry) {
  forget(cache, id);
  cache.entries.set(id, entry);
  cache.weight += weightOf(entry);
  for (const oldest of cache.entries.keys()) {
    if (cache.weight <= CACHE_WEIGHT) break;
    forget(cache, oldest);
  }
}

function forget(cache: Cache, id: string) {
  const entry = cache.entries.get(id);
  if (!entry) return;
  cache.entries.delete(id);
  cache.weight -= weightOf(entry);
}

/**
 * The list facts of the given requests, by id. Every command bumps a request's version, so the
 * facts of a version never change: they are kept per process and the state JSON is read and
 * parsed only for requests not seen at that version (see `withStates`: a page of huge requests
 * is not held at once). The inbox, My requests, copies, notifications and search all
 * list the same requests again and again.
 */
export async function listFacts(
  db: Kysely<BatonDatabase>,
  heads: readonly InstanceHead[],
): Promise<Map<string, ListFacts>> {
  const cache = cacheOf(db);
  const found = new Map<string, ListFacts>();
  const missing: InstanceHead[] = [];
  for (const head of heads) {
    const known = cache.entries.get(head.id);
    if (known?.version !== head.version) missing.push(head);
    else {
      remember(cache, head.id, known);
      found.set(head.id, known.facts);
    }
  }
  for await (const { states } of withStates(db, missing, (head) => head)) {
    for (const [id, { version, state }] of states) {
      const facts = factsOf(id, state);
      remember(cache, id, { version, facts });
      found.set(id, facts);
    }
  }

  return found;
}
