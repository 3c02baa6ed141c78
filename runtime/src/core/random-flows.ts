import type { ApprovalConfig, ApproverRule, FlowBundle, FlowPolicies } from '@baton/schemas';
import fc from 'fast-check';
import type { MutableOrgSource } from './testing.ts';
import { bundleOf, withPolicies, type EdgeSpec, type NodeSpec } from './testing.ts';

/**
 * @internal Arbitraries for the core's property tests: structured flows built from blocks
 * (approval and cc nodes in sequence, exclusive branches with a default, nested parallel
 * split/join) with every step mode, reject, nobody and initiator setting, random flow
 * policies, and random organizations that always have an enabled flow admin.
 */

/** An approval node's settings, as in `ApprovalConfig` (approvers aside). */
export type ApprovalSettings = Omit<ApprovalConfig, 'approvers' | 'commentRequired'>;

export type Block =
  | { kind: 'approval'; rules: ApproverRule[]; settings: ApprovalSettings }
  | { kind: 'cc'; rules: ApproverRule[] }
  | { kind: 'exclusive'; thresholds: number[]; branches: Block[][] }
  | { kind: 'parallel'; branches: Block[][] };

export const USER_IDS = ['u0', 'u1', 'u2', 'u3', 'u4', 'u5'] as const;
export const INITIATOR = 'u0';
const ROLES = ['finance', 'legal', 'executive'] as const;

const ruleArb: fc.Arbitrary<ApproverRule> = fc.oneof(
  fc.record({
    kind: fc.constant('user' as const),
    userIds: fc.uniqueArray(fc.constantFrom(...USER_IDS, 'ghost'), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('role' as const), role: fc.constantFrom(...ROLES, 'admin') }),
  fc.constant({ kind: 'departmentHead' as const }),
  fc.record({ kind: fc.constant('supervisor' as const), level: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    kind: fc.constant('supervisorChain' as const),
    end: fc.oneof(
      fc.constant({ kind: 'top' as const }),
      fc.record({ kind: fc.constant('level' as const), level: fc.integer({ min: 1, max: 3 }) }),
    ),
  }),
);
const rulesArb = fc.array(ruleArb, { minLength: 1, maxLength: 2 });

const settingsArb: fc.Arbitrary<ApprovalSettings> = fc.record(
  {
    mode: fc.constantFrom('any', 'all', 'sequential', 'percentage'),
    percent: fc.integer({ min: 1, max: 100 }),
    rejectTo: fc.constantFrom('initiator', 'end'),
    rejectWhen: fc.constantFrom('first', 'threshold'),
    rejectPercent: fc.integer({ min: 1, max: 100 }),
    vetoUserIds: fc.subarray([...USER_IDS], { maxLength: 2 }),
    ifNobody: fc.constantFrom('admin', 'user', 'autoApprove', 'autoReject', 'refuse'),
    fallbackUserId: fc.constantFrom(...USER_IDS, 'ghost'),
    initiator: fc.constantFrom('skip', 'autoApprove', 'supervisor', 'act'),
    returnTo: fc.constant(['initiator' as const, 'previous' as const, 'any' as const]),
    resubmit: fc.constantFrom('fromStart', 'toThisStep'),
    batchApprove: fc.boolean(),
  },
  {
    requiredKeys: [
      'mode',
      'rejectTo',
      'rejectWhen',
      'vetoUserIds',
      'ifNobody',
      'initiator',
      'returnTo',
      'resubmit',
      'batchApprove',
    ],
  },
);

const approvalArb: fc.Arbitrary<Block> = fc.record({
  kind: fc.constant('approval' as const),
  rules: rulesArb,
  settings: settingsArb,
});
const ccArb: fc.Arbitrary<Block> = fc.record({ kind: fc.constant('cc' as const), rules: rulesArb });

const blocks = fc.letrec<{ block: Block; sequence: Block[] }>((tie) => ({
  block: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'flow', withCrossShrink: true },
    approvalArb,
    ccArb,
    fc.array(tie('sequence'), { minLength: 2, maxLength: 3 }).chain((branches) =>
      fc.record({
        kind: fc.constant('exclusive' as const),
        thresholds: fc.array(fc.integer({ min: 0, max: 20_000 }), {
          minLength: branches.length - 1,
          maxLength: branches.length - 1,
        }),
        branches: fc.constant(branches),
      }),
    ),
    fc.record({
      kind: fc.constant('parallel' as const),
      branches: fc.array(tie('sequence'), { minLength: 2, maxLength: 3 }),
    }),
  ),
  sequence: fc.array(tie('block'), { maxLength: 3, depthIdentifier: 'flow' }),
}));

/** A flow body: at least one block, so most flows wait somewhere. */
export const flowArb: fc.Arbitrary<Block[]> = fc.array(blocks.block, {
  minLength: 1,
  maxLength: 4,
});

type Exit = Omit<EdgeSpec, 'target'>;

class FlowBuilder {
  readonly nodes: NodeSpec[] = [{ id: 'start', type: 'start' }];
  readonly edges: EdgeSpec[] = [];
  private count = 0;

  add(type: string, config: Record<string, unknown> = {}): string {
    const id = `n${++this.count}`;
    this.nodes.push({ id, type, config });

    return id;
  }

  connect(exits: readonly Exit[], target: string): void {
    for (const exit of exits) this.edges.push({ ...exit, id: `e${this.edges.length + 1}`, target });
  }

  sequence(body: readonly Block[], exits: readonly Exit[]): Exit[] {
    return body.reduce<Exit[]>((current, block) => this.block(block, current), [...exits]);
  }

  block(block: Block, exits: readonly Exit[]): Exit[] {
    if (block.kind === 'approval' || block.kind === 'cc') {
      const config =
        block.kind === 'cc'
          ? { recipients: block.rules }
          : { approvers: block.rules, ...block.settings };
      const id = this.add(block.kind, config);
      this.connect(exits, id);

      return [{ source: id }];
    }
    const id = this.add(block.kind);
    this.connect(exits, id);
    if (block.kind === 'exclusive') return this.exclusive(id, block);
    const join = this.add('join');
    this.connect(
      block.branches.flatMap((body) => this.sequence(body, [{ source: id }])),
      join,
    );

    return [{ source: join }];
  }

  exclusive(id: string, block: Extract<Block, { kind: 'exclusive' }>): Exit[] {
    return block.branches.flatMap((body, index) => {
      const threshold = block.thresholds[index];
      const exit: Exit =
        threshold === undefined
          ? { source: id, isDefault: true }
          : { source: id, condition: `amount >= ${threshold}`, priority: index };

      return this.sequence(body, [exit]);
    });
  }
}

/** Random separation-of-duties policies, an amount rule now and then. */
export const policiesArb: fc.Arbitrary<FlowPolicies> = fc.record({
  dedupe: fc.constantFrom('none', 'consecutive', 'anywhere'),
  allowSelfApproval: fc.boolean(),
  distinctApprovers: fc.boolean(),
  minApprovers: fc.array(
    fc.record({
      field: fc.constant('amount'),
      atLeast: fc.constantFrom('0', '5000', '20000'),
      approvers: fc.integer({ min: 2, max: 3 }),
    }),
    { maxLength: 1 },
  ),
  withdraw: fc.constantFrom('beforeAnyDecision', 'untilEnd', 'never'),
  urgeIntervalMinutes: fc.constant(30),
});

/** start → blocks → end, as a bundle with an `amount` money field. */
export function buildFlow(body: readonly Block[], policies?: FlowPolicies): FlowBundle {
  const builder = new FlowBuilder();
  const exits = builder.sequence(body, [{ source: 'start' }]);
  builder.nodes.push({ id: 'end', type: 'end' });
  builder.connect(exits, 'end');
  const bundle = bundleOf(builder.nodes, builder.edges);

  return policies ? withPolicies(bundle, policies) : bundle;
}

const maybeUser = fc.option(fc.constantFrom(...USER_IDS), { nil: null });

/** Random departments, heads, supervisors (cycles allowed), roles and disabled users. */
export const orgArb: fc.Arbitrary<MutableOrgSource> = fc
  .record({
    heads: fc.array(maybeUser, { minLength: 3, maxLength: 3 }),
    people: fc.array(
      fc.record({
        departmentId: fc.option(fc.constantFrom('d0', 'd1', 'd2'), { nil: null }),
        supervisorId: maybeUser,
        roles: fc.subarray([...ROLES]),
        disabled: fc.boolean(),
      }),
      { minLength: USER_IDS.length, maxLength: USER_IDS.length },
    ),
  })
  .map(({ heads, people }) => ({
    departments: heads.map((headId, index) => ({
      id: `d${index}`,
      name: `dept ${index}`,
      parentId: null,
      headId,
    })),
    users: [
      ...people.map((person, index) => ({
        id: USER_IDS[index] ?? 'u0',
        username: USER_IDS[index] ?? 'u0',
        name: `user ${index}`,
        ...person,
      })),
      {
        id: 'admin',
        username: 'admin',
        name: 'admin',
        departmentId: null,
        supervisorId: null,
        roles: ['admin'],
      },
    ],
    roles: [],
  }));
