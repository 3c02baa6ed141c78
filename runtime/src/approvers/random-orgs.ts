import type { ApproverRule, FormDefinition, PickRange, SimpleApproverRule } from '@baton/schemas';
import fc from 'fast-check';
import { because, type Explanation } from './explanations.ts';
import type { OrgSource } from './org-directory.ts';
import type { ResolveContext } from './resolve.ts';

/**
 * @internal Arbitraries for property tests of approver resolution: small orgs with every defect
 * the data can have (supervisor and department cycles, self-supervisors, dangling ids,
 * disabled people, departments without heads), rules of every kind, and request contexts.
 */

export const USER_IDS = ['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'] as const;
const DEPARTMENT_IDS = ['d0', 'd1', 'd2', 'd3'] as const;
const ROLES = ['admin', 'finance', 'executive'] as const;
const POSITIONS = ['cashier', 'clerk'] as const;
const GROUPS = ['g0', 'g1'] as const;
const LIMITS = ['100', '49999.99', '50000', '1000000.0001'] as const;
const AMOUNTS = ['', '0', '49999.99', '50000', '50000.00', '2000000', 'abc'] as const;

const userRef = fc.constantFrom(...USER_IDS, 'ghost');
const departmentRef = fc.constantFrom(...DEPARTMENT_IDS, 'dx');

const personArb = fc.record(
  {
    departmentId: fc.option(departmentRef, { nil: null }),
    supervisorId: fc.option(userRef, { nil: null }),
    roles: fc.subarray([...ROLES]),
    positions: fc.subarray([...POSITIONS]),
    disabled: fc.boolean(),
    approvalLimit: fc.constantFrom(...LIMITS),
  },
  { requiredKeys: ['departmentId', 'supervisorId', 'roles', 'positions', 'disabled'] },
);

const departmentArb = fc.record({
  parentId: fc.option(departmentRef, { nil: null }),
  headId: fc.option(userRef, { nil: null }),
});

/** An org where anything may point anywhere, including back to itself. */
export const orgSourceArb: fc.Arbitrary<OrgSource> = fc
  .record({
    people: fc.array(personArb, { minLength: USER_IDS.length, maxLength: USER_IDS.length }),
    departments: fc.array(departmentArb, {
      minLength: DEPARTMENT_IDS.length,
      maxLength: DEPARTMENT_IDS.length,
    }),
    groups: fc.array(fc.subarray([...USER_IDS, 'ghost']), { minLength: 2, maxLength: 2 }),
  })
  .map(({ people, departments, groups }) => ({
    users: people.map((person, index) => {
      const id = USER_IDS[index] ?? 'u0';

      return { id, username: id, name: id, ...person };
    }),
    departments: departments.map((department, index) => {
      const id = DEPARTMENT_IDS[index] ?? 'd0';

      return { id, name: `dept-${id}`, ...department };
    }),
    groups: groups.map((memberIds, index) => ({
      key: GROUPS[index] ?? 'g0',
      name: { 'zh-CN': `组${index}`, en: `group ${index}` },
      memberIds,
    })),
  }));

const rangeArb: fc.Arbitrary<PickRange> = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('user'),
      userIds: fc.array(userRef, { minLength: 1, maxLength: 3 }),
    }),
    fc.record({ kind: fc.constant('role'), role: fc.constantFrom(...ROLES) }),
    fc.record({ kind: fc.constant('position'), position: fc.constantFrom(...POSITIONS) }),
    fc.record({ kind: fc.constant('group'), group: fc.constantFrom(...GROUPS, 'gx') }),
  ),
  { maxLength: 2 },
);

const level = fc.integer({ min: 1, max: 15 });

export const simpleRuleArb: fc.Arbitrary<SimpleApproverRule> = fc.oneof(
  fc.record({
    kind: fc.constant('user'),
    userIds: fc.array(userRef, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('role'), role: fc.constantFrom(...ROLES, 'legal') }),
  fc.record({ kind: fc.constant('position'), position: fc.constantFrom(...POSITIONS) }),
  fc.record({ kind: fc.constant('group'), group: fc.constantFrom(...GROUPS, 'gx') }),
  fc.record(
    {
      kind: fc.constant('departmentHead'),
      field: fc.constant('dept'),
      up: fc.integer({ min: 0, max: 15 }),
      climbIfEmpty: fc.boolean(),
    },
    { requiredKeys: ['kind'] },
  ),
  fc.record({ kind: fc.constant('supervisor'), level }),
  fc.record({
    kind: fc.constant('supervisorChain'),
    end: fc.oneof(
      fc.record({ kind: fc.constant('level'), level }),
      fc.record({ kind: fc.constant('role'), role: fc.constantFrom(...ROLES) }),
      fc.record({ kind: fc.constant('top') }),
      fc.record({ kind: fc.constant('approvalLimit'), field: fc.constant('amount') }),
    ),
  }),
  fc.record({
    kind: fc.constantFrom('initiatorPicks', 'approverPicks'),
    multiple: fc.boolean(),
    range: rangeArb,
  }),
  fc.record({ kind: fc.constant('formField'), field: fc.constantFrom('owner', 'dept') }),
);

const CONDITIONS = [
  'amount >= 50000',
  "'finance' in initiatorRoles",
  "initiatorDepartment == 'd1'",
  "'cashier' in initiatorPositions",
  'amount >',
] as const;

export const ruleArb: fc.Arbitrary<ApproverRule> = fc.oneof(
  { weight: 4, arbitrary: simpleRuleArb },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('conditional'),
      cases: fc.array(
        fc.record({
          when: fc.constantFrom(...CONDITIONS),
          rules: fc.array(simpleRuleArb, { minLength: 1, maxLength: 2 }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
      otherwise: fc.array(simpleRuleArb, { maxLength: 2 }),
    }),
  },
);

export const FORM: FormDefinition = {
  schemaVersion: 1,
  fields: [
    {
      key: 'amount',
      type: 'money',
      label: 'A',
      required: false,
      currency: 'CNY',
      validation: { decimals: 4 },
    },
    { key: 'owner', type: 'user', label: 'O', required: false, multiple: true },
    { key: 'dept', type: 'department', label: 'D', required: false },
  ],
};

/** What a request adds to the org: initiator, values, picks, policy and exclusions. */
export type RequestFacts = Omit<ResolveContext, 'org' | 'form'>;

export const requestArb: fc.Arbitrary<RequestFacts> = fc
  .record(
    {
      initiatorId: userRef,
      amount: fc.constantFrom(...AMOUNTS),
      owner: fc.oneof(userRef, departmentRef, fc.array(userRef, { maxLength: 3 })),
      dept: departmentRef,
      picked: fc.array(userRef, { maxLength: 3 }),
      initiator: fc.constantFrom('skip', 'act', 'supervisor'),
      excluded: fc.subarray([...USER_IDS]),
    },
    { requiredKeys: ['initiatorId', 'excluded'] },
  )
  .map(({ initiatorId, amount, owner, dept, picked, initiator, excluded }) => {
    const values = { amount, owner, dept };
    const map = new Map<string, Explanation>(
      excluded.map((id) => [
        id,
        because('sod.already-approved', { user: id, userName: id, step: 'earlier' }),
      ]),
    );

    return {
      initiatorId,
      values,
      excluded: map,
      ...(picked ? { picked } : {}),
      ...(initiator ? { initiator } : {}),
    };
  });
