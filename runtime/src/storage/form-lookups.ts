import {
  canonicalJson,
  type FormDefinition,
  type FormField,
  type FormValues,
  type Locale,
  type ValidationIssue,
} from '@baton/schemas';
import { sql, type Kysely } from 'kysely';
import { formIssue } from './form-issues.ts';
import { activeMasterCodes } from './master-data.ts';
import type { BatonDatabase } from './schema.ts';

type Db = Kysely<BatonDatabase>;
type RemoteField = Extract<FormField, { type: 'remote' }>;
type ReferenceField = Extract<FormField, { type: 'reference' }>;

export type LookupContext = {
  readonly form: FormDefinition;
  /** The validated values, and those the request held before (`{}` at the start). */
  readonly values: FormValues;
  readonly previous: FormValues;
  readonly actorId: string;
  /** The caller lets the actor read every request (an admin): references are not limited. */
  readonly canReadAll: boolean;
  readonly locale: Locale;
};

/**
 * The fields of `type` whose value is new in this write, with that value as text. A value the
 * request already held is kept as it is (a code deactivated since, a request no longer
 * readable): only what the writer brings now is checked.
 */
function changedText<T extends FormField>(
  ctx: LookupContext,
  is: (field: FormField) => field is T,
) {
  return ctx.form.fields.filter(is).flatMap((field) => {
    const value = ctx.values[field.key];
    if (typeof value !== 'string') return [];
    const before = ctx.previous[field.key];
    if (before !== undefined && canonicalJson(before) === canonicalJson(value)) return [];

    return [{ field, value }];
  });
}

const isRemote = (field: FormField): field is RemoteField => field.type === 'remote';
const isReference = (field: FormField): field is ReferenceField => field.type === 'reference';

/** New remote values must be active entries of their field's master-data list. */
async function remoteIssues(db: Db, ctx: LookupContext): Promise<ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  for (const { field, value } of changedText(ctx, isRemote)) {
    const active = await activeMasterCodes(db, field.source, [value]);
    if (!active.has(value))
      issues.push(
        formIssue('form.remote.inactive', { field, locale: ctx.locale }, { code: value }),
      );
  }

  return issues;
}

/**
 * The flow of request `id` when the actor may read it: they started it, hold or held a task on
 * it (or one was held in their name), or were copied on it; `canReadAll` reads any.
 */
async function readableFlow(db: Db, id: string, ctx: LookupContext): Promise<string | undefined> {
  const { actorId } = ctx;
  let query = db.selectFrom('instances as i').select('i.flow_key').where('i.id', '=', id);
  if (!ctx.canReadAll)
    query = query.where((eb) =>
      eb.or([
        eb('i.initiator_id', '=', actorId),
        eb.exists(
          eb
            .selectFrom('tasks as t')
            .select(sql`1`.as('one'))
            .whereRef('t.instance_id', '=', 'i.id')
            .where((inner) =>
              inner.or([
                inner('t.assignee_id', '=', actorId),
                inner('t.on_behalf_of', '=', actorId),
              ]),
            ),
        ),
        eb.exists(
          eb
            .selectFrom('carbon_copies as c')
            .select(sql`1`.as('one'))
            .whereRef('c.instance_id', '=', 'i.id')
            .where('c.user_id', '=', actorId),
        ),
      ]),
    );
  const row = await query.executeTakeFirst();

  return row?.flow_key;
}

/**
 * New references must name a request the actor may read (the refusal does not tell a request
 * one may not read from one that does not exist) of one of the field's `flowKeys`, if any.
 */
async function referenceIssues(db: Db, ctx: LookupContext): Promise<ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  for (const { field, value } of changedText(ctx, isReference)) {
    const where = { field, locale: ctx.locale };
    const flowKey = await readableFlow(db, value, ctx);
    if (flowKey === undefined)
      issues.push(formIssue('form.reference.unavailable', where, { id: value }));
    else if (field.flowKeys.length > 0 && !field.flowKeys.includes(flowKey))
      issues.push(
        formIssue('form.reference.wrong-flow', where, { flows: field.flowKeys.join(', ') }),
      );
  }

  return issues;
}

/** What the stored data says about the new remote and reference values of a write. */
export async function lookupIssues(db: Db, ctx: LookupContext): Promise<ValidationIssue[]> {
  return [...(await remoteIssues(db, ctx)), ...(await referenceIssues(db, ctx))];
}
