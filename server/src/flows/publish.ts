import { createHash } from 'node:crypto';
import {
  canonicalJson,
  checkFlow,
  errorFactory,
  schemasErrors,
  type FlowBundle,
  type Locale,
  type ValidationIssue,
} from '@baton/schemas';
import {
  loadOrg,
  writeTransaction,
  type BatonDatabase,
  type StorageHandle,
} from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { fail } from '../messages.ts';
import { requireFlow, requireVersion } from './records.ts';

// `flow.invalid` belongs to the schemas catalogue: "the flow document is not valid: {detail}".
const schemaFail = errorFactory(schemasErrors);

/** SHA-256 (hex) of the canonical JSON of a bundle's flow and form; the layout is left out. */
export function contentHash(bundle: FlowBundle): string {
  return createHash('sha256')
    .update(canonicalJson({ flow: bundle.flow, form: bundle.form }))
    .digest('hex');
}

export type Published = { readonly version: number; readonly hash: string };

type Append = {
  readonly key: string;
  readonly bundle: FlowBundle;
  readonly actorId: string | null;
  readonly now: Date;
  readonly sourceVersion: number | null;
  /** When set, the draft must still be at this revision inside the transaction. */
  readonly expectedRevision?: number | undefined;
};

/**
 * Publishes the draft as version latest+1 after the checker passes (otherwise `flow.invalid`
 * with every issue, the first error's message as its detail). Content identical to the latest
 * version (same hash: flow and form; layout ignored) is refused with `flow.unchanged`: each
 * version differs from the one before, and a double-clicked Publish cannot create two.
 */
export async function publishDraft(
  handle: StorageHandle,
  input: {
    key: string;
    expectedRevision?: number;
    actorId: string | null;
    now: Date;
    /** The language of the checker's messages. */
    locale: Locale;
  },
): Promise<Published> {
  const flow = await requireFlow(handle.db, input.key);
  if (input.expectedRevision !== undefined && flow.draftRevision !== input.expectedRevision) {
    throw fail('flow.stale-revision', {
      current: flow.draftRevision,
      expected: input.expectedRevision,
    });
  }
  refuseInvalid(checkFlow(flow.draft, { org: await loadOrg(handle.db), locale: input.locale }));

  return appendVersion(handle, {
    ...input,
    bundle: flow.draft,
    sourceVersion: null,
    expectedRevision: flow.draftRevision,
  });
}

/**
 * Throws `flow.invalid` (BAD_REQUEST) with every issue, the first error's message as its detail,
 * when the checker's issues hold an error; returns otherwise.
 */
export function refuseInvalid(issues: readonly ValidationIssue[]): void {
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (!errors[0]) return;
  const more = errors.length > 1 ? ` (+${errors.length - 1})` : '';
  throw schemaFail('flow.invalid', { detail: `${errors[0].message}${more}` }, { issues });
}

/**
 * Rollback: publishes version `version`'s frozen content as a new version whose
 * `source_version` is `version`. The draft is left as it is. Requests already running keep the
 * version they started on; new ones start on the new version.
 */
export async function republishVersion(
  handle: StorageHandle,
  input: { key: string; version: number; actorId: string | null; now: Date },
): Promise<Published> {
  const source = await requireVersion(handle.db, input.key, input.version);

  return appendVersion(handle, { ...input, bundle: source.bundle, sourceVersion: input.version });
}

async function appendVersion(handle: StorageHandle, input: Append): Promise<Published> {
  const hash = contentHash(input.bundle);

  return writeTransaction(handle, async (trx) => {
    const latest = await lockedLatest(trx, input);
    const previous = latest === 0 ? undefined : await requireVersion(trx, input.key, latest);
    if (previous?.hash === hash) throw fail('flow.unchanged', { version: latest });

    const version = latest + 1;
    const moved = await trx
      .updateTable('flows')
      .set({ latest_version: version })
      .where('key', '=', input.key)
      .where('latest_version', '=', latest)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1)
      throw fail('flow.concurrent-publish', { key: input.key });
    await trx
      .insertInto('flow_versions')
      .values({
        flow_key: input.key,
        version,
        bundle: JSON.stringify(input.bundle),
        hash,
        published_at: input.now.toISOString(),
        published_by: input.actorId,
        source_version: input.sourceVersion,
      })
      .execute();

    return { version, hash };
  });
}

async function lockedLatest(trx: Kysely<BatonDatabase>, input: Append): Promise<number> {
  const row = await trx
    .selectFrom('flows')
    .select(['latest_version', 'draft_revision'])
    .where('key', '=', input.key)
    .executeTakeFirst();
  if (!row) throw fail('flow.not-found', { key: input.key });
  const revision = Number(row.draft_revision);
  if (input.expectedRevision !== undefined && revision !== input.expectedRevision) {
    throw fail('flow.stale-revision', { current: revision, expected: input.expectedRevision });
  }

  return Number(row.latest_version);
}
