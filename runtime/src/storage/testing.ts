import { FlowBundle, type ApproverRule, type Org } from '@baton/schemas';
import type { Kysely } from 'kysely';
import type { BatonDatabase } from './schema.ts';
import { replaceOrg } from './org-store.ts';

/**
 * @internal Fixtures for the storage tests: a small org, tiny flows inserted straight into
 * `flows`/`flow_versions` (publishing belongs to the server), and a fixed clock.
 */

export const testOrg: Org = {
  schemaVersion: 1,
  name: 'Test company',
  departments: [
    { id: 'east-sales', name: '华东销售部', parentId: null, headId: 'wang.fang' },
    { id: 'finance', name: '财务部', parentId: null, headId: 'li.na' },
  ],
  users: [
    orgUser('chen.jie', '陈杰', 'east-sales', 'wang.fang'),
    orgUser('wang.fang', '王芳', 'east-sales', null),
    orgUser('li.na', '李娜', 'finance', null, ['finance']),
    orgUser('he.xin', '何欣', 'finance', 'li.na', ['finance']),
  ],
  roles: [{ key: 'finance', name: { 'zh-CN': '财务', en: 'Finance' } }],
  positions: [],
  groups: [],
};

function orgUser(
  id: string,
  name: string,
  departmentId: string,
  supervisorId: string | null,
  roles: string[] = [],
) {
  return {
    id,
    username: id,
    name,
    departmentId,
    supervisorId,
    roles,
    disabled: false,
    positions: [],
  };
}

export async function seedTestOrg(db: Kysely<BatonDatabase>): Promise<void> {
  await replaceOrg(db, testOrg);
}

type Step = { id: string; approvers: ApproverRule[]; mode?: 'all' | 'any' };

/** start → the approval steps in order → end, with a description and an `amount` money field. */
export function approvalFlow(key: string, steps: readonly Step[]): FlowBundle {
  const nodes = [
    { id: 'start', type: 'start', name: '发起' },
    ...steps.map((step) => ({
      id: step.id,
      type: 'approval',
      name: { 'zh-CN': `审批 ${step.id}`, en: `Approval ${step.id}` },
      config: { approvers: step.approvers, mode: step.mode ?? 'any' },
    })),
    { id: 'end', type: 'end', name: '结束' },
  ];
  const edges = nodes.slice(1).map((node, index) => {
    const source = nodes[index]?.id ?? 'start';

    return { id: `${source}-to-${node.id}`, source, target: node.id };
  });

  return FlowBundle.parse({
    flow: { schemaVersion: 1, key, name: { 'zh-CN': '测试报销', en: 'Test claim' }, nodes, edges },
    form: {
      schemaVersion: 1,
      fields: [
        { key: 'description', type: 'text', label: '说明', required: true },
        { key: 'amount', type: 'money', label: '金额', required: true },
      ],
    },
  });
}

/** The manager (head of the initiator's department) approves alone. */
export const managerOnly = approvalFlow('manager-only', [
  { id: 'manager', approvers: [{ kind: 'departmentHead' }] },
]);

/** Either of the two finance users decides (或签). */
export const financeAny = approvalFlow('finance-any', [
  { id: 'finance', approvers: [{ kind: 'role', role: 'finance' }], mode: 'any' },
]);

/** Manager, then both finance users (会签). */
export const managerThenFinanceAll = approvalFlow('manager-finance', [
  { id: 'manager', approvers: [{ kind: 'departmentHead' }] },
  { id: 'finance', approvers: [{ kind: 'role', role: 'finance' }], mode: 'all' },
]);

/** Inserts a flow and one published version of it, as the server's publish would. */
export async function publishTestFlow(
  db: Kysely<BatonDatabase>,
  bundle: FlowBundle,
  version = 1,
): Promise<void> {
  const at = '2026-01-05T08:00:00.000Z';
  const json = JSON.stringify(bundle);
  await db
    .insertInto('flows')
    .values({
      key: bundle.flow.key,
      name: JSON.stringify(bundle.flow.name),
      draft: json,
      draft_revision: 1,
      latest_version: version,
      created_at: at,
      updated_at: at,
      updated_by: null,
    })
    .onConflict((oc) => oc.column('key').doUpdateSet({ latest_version: version }))
    .execute();
  await db
    .insertInto('flow_versions')
    .values({
      flow_key: bundle.flow.key,
      version,
      bundle: json,
      hash: `test-${bundle.flow.key}-${version}`,
      published_at: at,
      published_by: null,
      source_version: null,
    })
    .execute();
}

export const claimValues = { description: 'Taxi to the customer', amount: '12345.67' };
