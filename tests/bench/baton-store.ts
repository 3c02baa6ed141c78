import { createHash } from 'node:crypto';
import { canonicalJson } from '@baton/schemas';
import {
  createEngine,
  migrateToLatest,
  replaceOrg,
  type Engine,
  type InstanceView,
  type StorageHandle,
} from '@baton/runtime/storage';
import { benchmarkBundle, benchmarkOrg } from './flow.ts';

/** An open approval task and who may decide it. */
export type OpenTask = { taskId: string; actorId: string };

/**
 * Makes `handle` a Baton database for the benchmark flow: migrated, the tiny org stored, the
 * flow published as version 1 (written as the server's publish writes it). Returns its engine.
 */
export async function prepareBatonStore(handle: StorageHandle): Promise<Engine> {
  await migrateToLatest(handle.db);
  await replaceOrg(handle.db, benchmarkOrg);
  await publishBenchmarkFlow(handle);

  return createEngine(handle);
}

async function publishBenchmarkFlow({ db }: StorageHandle): Promise<void> {
  const at = new Date().toISOString();
  const json = JSON.stringify(benchmarkBundle);
  const content = canonicalJson({ flow: benchmarkBundle.flow, form: benchmarkBundle.form });
  const hash = createHash('sha256').update(content).digest('hex');
  const key = benchmarkBundle.flow.key;
  await db
    .insertInto('flows')
    .values({
      key,
      name: JSON.stringify(benchmarkBundle.flow.name),
      draft: json,
      draft_revision: 1,
      latest_version: 1,
      created_at: at,
      updated_at: at,
      updated_by: null,
    })
    .execute();
  await db
    .insertInto('flow_versions')
    .values({
      flow_key: key,
      version: 1,
      bundle: json,
      hash,
      published_at: at,
      published_by: null,
      source_version: null,
    })
    .execute();
}

/** Starts one request above the threshold (three approvals ahead) and returns its open task. */
export async function startRequest(engine: Engine): Promise<OpenTask> {
  const view = await engine.start({
    flowKey: benchmarkBundle.flow.key,
    actorId: 'emp',
    values: { amount: '12345.67' },
  });
  const next = openTaskOf(view);
  if (!next) throw new Error(`request ${view.id} started without an open task`);

  return next;
}

/**
 * One approval step: approves `task`, which decides its step and advances the request. Returns
 * the request's next open task, or undefined when this approval completed the request.
 */
export async function approveStep(engine: Engine, task: OpenTask): Promise<OpenTask | undefined> {
  const view = await engine.approve({ taskId: task.taskId, actorId: task.actorId });
  const next = openTaskOf(view);
  if (!next && view.status !== 'completed')
    throw new Error(`request ${view.id} is ${view.status} with no open task`);

  return next;
}

function openTaskOf(view: InstanceView): OpenTask | undefined {
  const task = view.state.tasks.find((candidate) => candidate.status === 'open');

  return task && { taskId: task.id, actorId: task.assigneeId };
}
