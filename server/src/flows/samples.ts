import {
  getNodeKind,
  validateFormValues,
  type FlowBundle,
  type Locale,
  type ValidationIssue,
} from '@baton/schemas';
import { Picks } from '@baton/runtime';
import {
  newSortableId,
  parseJsonColumn,
  queryInBatches,
  type BatonDatabase,
  type FlowSampleRow,
} from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { fail, serverIssue } from '../messages.ts';
import { requireFlow } from './records.ts';
import { checkSampleName } from './sample-name.ts';

type Db = Kysely<BatonDatabase>;

const RawValues = z.record(z.string(), z.unknown());

/** A sample request of a flow, kept for the designer's test panel. */
export const Sample = z.object({
  id: z.string(),
  name: z.string(),
  initiatorId: z.string(),
  /** Raw form values, as entered (re-checked against whichever version is previewed). */
  values: RawValues,
  picks: Picks,
  updatedAt: z.string(),
  /** Id of the user who saved it last. */
  updatedBy: z.string().nullable(),
});
export type Sample = z.infer<typeof Sample>;

export const SampleInput = z.object({
  id: z.string().min(1).max(200).optional(),
  /** Trimmed, then 1–100 characters without control or text-direction characters. */
  name: z.string(),
  initiatorId: z.string().min(1).max(200),
  values: RawValues,
  picks: Picks.optional(),
});
export type SampleInput = z.infer<typeof SampleInput>;

function sampleOf(row: FlowSampleRow): Sample {
  const where = { table: 'flow_samples', id: row.id };

  return {
    id: row.id,
    name: row.name,
    initiatorId: row.initiator_id,
    values: parseJsonColumn(RawValues, row.values, where),
    picks: parseJsonColumn(Picks, row.picks, where),
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** The flow's samples, oldest first; `flow.not-found` for an unknown flow. */
export async function listSamples(db: Db, key: string): Promise<Sample[]> {
  await requireFlow(db, key);
  const rows = await db
    .selectFrom('flow_samples')
    .selectAll()
    .where('flow_key', '=', key)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

  return rows.map(sampleOf);
}

type Save = { key: string; sample: SampleInput; actorId: string; now: Date; locale: Locale };

/**
 * Creates a sample (no `id`) or replaces one. The sample must make sense for the flow's draft:
 * a plain name (see `checkSampleName`; stored trimmed), an existing, enabled initiator, form
 * values the draft's form accepts, picks naming its approval steps and existing users;
 * otherwise `input.invalid` with an issue at each path (`name`, `values.amount`,
 * `picks.manager.0`, …) and nothing is written.
 */
export async function saveSample(db: Db, save: Save): Promise<Sample> {
  const flow = await requireFlow(db, save.key);
  const { sample } = save;
  const name = checkSampleName(sample.name, save.locale);
  const content = await sampleIssues(db, { bundle: flow.draft, sample, locale: save.locale });
  const issues = [...name.issues, ...content];
  if (issues.length > 0) throw fail('input.invalid', {}, { issues });

  const at = save.now.toISOString();
  const fields = {
    name: name.name,
    initiator_id: sample.initiatorId,
    values: JSON.stringify(sample.values),
    picks: JSON.stringify(sample.picks ?? {}),
    updated_at: at,
    updated_by: save.actorId,
  };
  if (sample.id === undefined) {
    const id = newSortableId('smp');
    await db
      .insertInto('flow_samples')
      .values({ id, flow_key: save.key, created_at: at, ...fields })
      .execute();

    return requireSample(db, save.key, id);
  }
  const updated = await db
    .updateTable('flow_samples')
    .set(fields)
    .where('flow_key', '=', save.key)
    .where('id', '=', sample.id)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1)
    throw fail('sample.not-found', { key: save.key, id: sample.id });

  return requireSample(db, save.key, sample.id);
}

/** Removes a sample; `sample.not-found` when the flow has no sample with this id. */
export async function removeSample(db: Db, key: string, id: string): Promise<void> {
  await requireFlow(db, key);
  const removed = await db
    .deleteFrom('flow_samples')
    .where('flow_key', '=', key)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(removed.numDeletedRows) !== 1) throw fail('sample.not-found', { key, id });
}

async function requireSample(db: Db, key: string, id: string): Promise<Sample> {
  const row = await db
    .selectFrom('flow_samples')
    .selectAll()
    .where('flow_key', '=', key)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw fail('sample.not-found', { key, id });

  return sampleOf(row);
}

async function sampleIssues(
  db: Db,
  input: { bundle: FlowBundle; sample: SampleInput; locale: Locale },
): Promise<ValidationIssue[]> {
  const { bundle, sample, locale } = input;
  const at = (path: ValidationIssue['path']) => ({ path, locale });
  const picks = Object.entries(sample.picks ?? {});
  const people = [sample.initiatorId, ...picks.flatMap(([, ids]) => ids)];
  const known = await existingUsers(db, people);
  const issues: ValidationIssue[] = [];
  const initiator = { id: sample.initiatorId };
  const disabled = known.get(sample.initiatorId);
  if (disabled === undefined)
    issues.push(serverIssue('input.unknown-user', initiator, at(['initiatorId'])));
  else if (disabled)
    issues.push(serverIssue('input.disabled-user', initiator, at(['initiatorId'])));
  const form = validateFormValues(bundle.form, sample.values, { locale });
  for (const issue of form.issues)
    if (issue.severity === 'error') issues.push({ ...issue, path: ['values', ...issue.path] });
  const steps = new Set(
    bundle.flow.nodes
      .filter((node) => getNodeKind(node.type)?.capabilities.needsAssignees)
      .map((node) => node.id),
  );
  for (const [nodeId, ids] of picks) {
    if (!steps.has(nodeId))
      issues.push(serverIssue('input.unknown-step', { nodeId }, at(['picks', nodeId])));
    ids.forEach((id, index) => {
      if (!known.has(id))
        issues.push(serverIssue('input.unknown-user', { id }, at(['picks', nodeId, index])));
    });
  }

  return issues;
}

/** Whether each of these users that exists is disabled, by id. */
async function existingUsers(db: Db, ids: readonly string[]): Promise<Map<string, boolean>> {
  const rows = await queryInBatches([...new Set(ids)], (batch) =>
    db.selectFrom('users').select(['id', 'disabled']).where('id', 'in', batch).execute(),
  );

  return new Map(rows.map((row) => [row.id, row.disabled === 1]));
}
