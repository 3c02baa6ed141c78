import {
  BatonError,
  FlowBundle,
  type ApproverRule,
  type FlowPolicies,
  type Department,
  type FormValues,
  type I18nText,
  type Role,
} from '@baton/schemas';
import { createOrgDirectory, type OrgDirectory, type OrgUserInput } from '../approvers/index.ts';
import type { CoreContext } from './context.ts';
import { decide } from './decide.ts';
import type { Command, Decision, InstanceEvent, InstanceState, Picks, TaskState } from './types.ts';

/**
 * @internal Helpers for the core's tests: a small org shaped like the demo company, a fake
 * clock with counter ids, a flow builder and a driver that finds tasks by assignee.
 */

export function user(
  id: string,
  departmentId: string | null,
  supervisorId: string | null,
  roles: string[] = [],
): OrgUserInput {
  return { id, username: id, name: id, departmentId, supervisorId, roles };
}

export type MutableOrgSource = { departments: Department[]; users: OrgUserInput[]; roles: Role[] };

/** A fresh copy every call, so a test may change it before building a directory. */
export function sampleOrgSource(): MutableOrgSource {
  return {
    departments: [
      { id: 'hq', name: '总部', parentId: null, headId: 'zhao.min' },
      { id: 'east-sales', name: '华东销售部', parentId: 'hq', headId: 'wang.fang' },
      { id: 'finance', name: '财务部', parentId: 'hq', headId: 'li.na' },
      { id: 'it', name: '信息技术部', parentId: 'hq', headId: null },
    ],
    users: [
      user('zhao.min', 'hq', null, ['executive']),
      user('wang.fang', 'east-sales', 'zhao.min'),
      user('chen.jie', 'east-sales', 'wang.fang'),
      user('liu.yang', 'east-sales', 'wang.fang'),
      user('li.na', 'finance', 'zhao.min', ['finance']),
      user('he.xin', 'finance', 'li.na', ['finance']),
      user('sun.hao', 'hq', 'zhao.min', ['process_owner']),
      user('zhou.yu', 'it', 'zhao.min', ['admin']),
    ],
    roles: [],
  };
}

export function sampleOrg(): OrgDirectory {
  return createOrgDirectory(sampleOrgSource());
}

/** A context whose clock ticks one second per reading and whose ids count up per prefix. */
export function testContext(org: OrgDirectory = sampleOrg()): CoreContext {
  let tick = 0;
  const counters = new Map<string, number>();

  return {
    now: () => new Date(Date.UTC(2026, 0, 5, 9, 0, tick++)).toISOString(),
    newId: (prefix) => {
      const next = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, next);

      return `${prefix}-${next}`;
    },
    org,
    instanceId: 'inst-1',
    flowKey: 'test-flow',
    flowVersion: 1,
  };
}

/** A node for `bundleOf`; its name defaults to its id. */
export type NodeSpec = {
  id: string;
  type: string;
  config?: Record<string, unknown>;
  name?: I18nText;
};
export type EdgeSpec = {
  id?: string;
  source: string;
  target: string;
  condition?: string;
  priority?: number;
  isDefault?: boolean;
};

/** A bundle with an `amount` money field; edge ids default to `source-target`. */
export function bundleOf(nodes: readonly NodeSpec[], edges: readonly EdgeSpec[]): FlowBundle {
  return FlowBundle.parse({
    flow: {
      schemaVersion: 1,
      key: 'test-flow',
      name: 'Test flow',
      nodes: nodes.map((node) => ({ name: node.id, config: {}, ...node })),
      edges: edges.map((edge) => ({ id: `${edge.source}-${edge.target}`, ...edge })),
    },
    form: {
      schemaVersion: 1,
      fields: [{ key: 'amount', type: 'money', label: 'Amount', required: true }],
    },
  });
}

export function approval(
  id: string,
  approvers: ApproverRule[],
  options: Record<string, unknown> = {},
  name?: I18nText,
): NodeSpec {
  const node = { id, type: 'approval', config: { approvers, ...options } };

  return name === undefined ? node : { ...node, name };
}

/**
 * start → manager → parallel split → finance and legal → join → ceo → end, with the four
 * approval nodes given (ids `manager`, `finance`, `legal`, `ceo`; see `approval`).
 */
export function parallelReview(steps: {
  manager: NodeSpec;
  finance: NodeSpec;
  legal: NodeSpec;
  ceo: NodeSpec;
}): FlowBundle {
  const { manager, finance, legal, ceo } = steps;

  return bundleOf(
    [
      { id: 'start', type: 'start' },
      manager,
      { id: 'split', type: 'parallel' },
      finance,
      legal,
      { id: 'join', type: 'join' },
      ceo,
      { id: 'end', type: 'end' },
    ],
    [
      { source: 'start', target: 'manager' },
      { source: 'manager', target: 'split' },
      { source: 'split', target: 'finance' },
      { source: 'split', target: 'legal' },
      { source: 'finance', target: 'join' },
      { source: 'legal', target: 'join' },
      { source: 'join', target: 'ceo' },
      { source: 'ceo', target: 'end' },
    ],
  );
}

/** The bundle with the flow's separation-of-duties policies set (defaults for the rest). */
export function withPolicies(bundle: FlowBundle, policies: Partial<FlowPolicies>): FlowBundle {
  return FlowBundle.parse({ ...bundle, flow: { ...bundle.flow, policies } });
}

/** The bundle with more form fields after `amount` (say a `user` or `department` field). */
export function withFields(bundle: FlowBundle, fields: readonly Record<string, unknown>[]) {
  const form = { ...bundle.form, fields: [...bundle.form.fields, ...fields] };

  return FlowBundle.parse({ ...bundle, form });
}

/** The BatonError `act` throws (any other outcome fails the test). */
export function caught(act: () => unknown): BatonError {
  try {
    act();
  } catch (error) {
    if (error instanceof BatonError) return error;
    throw error;
  }
  throw new Error('expected a BatonError');
}

/** start → the given nodes in sequence → end. */
export function sequence(nodes: readonly NodeSpec[]): FlowBundle {
  const all = [{ id: 'start', type: 'start' }, ...nodes, { id: 'end', type: 'end' }];
  const edges = all
    .slice(1)
    .map((node, index) => ({ source: all[index]?.id ?? '', target: node.id }));

  return bundleOf(all, edges);
}

/** Runs commands against one request and finds tasks by assignee. */
export class Driver {
  state: InstanceState | null = null;
  readonly decisions: Decision[] = [];
  /** The commands that succeeded, in order. */
  readonly commands: Command[] = [];

  constructor(
    readonly bundle: FlowBundle,
    public ctx: CoreContext = testContext(),
  ) {}

  get current(): InstanceState {
    if (!this.state) throw new Error('the request has not been started');

    return this.state;
  }

  get events(): InstanceEvent[] {
    return this.decisions.flatMap((decision) => [...decision.events]);
  }

  get last(): Decision {
    const decision = this.decisions.at(-1);
    if (!decision) throw new Error('no command has run');

    return decision;
  }

  run(command: Command): Decision {
    const decision = decide(this.bundle, this.state, command, this.ctx);
    this.decisions.push(decision);
    this.commands.push(command);
    this.state = decision.state;

    return decision;
  }

  start(actorId = 'chen.jie', values: FormValues = { amount: '100.00' }, picks?: Picks): Decision {
    return this.run({ type: 'start', actorId, values, ...(picks ? { picks } : {}) });
  }

  resubmit(values: FormValues = { amount: '100.00' }, picks?: Picks): Decision {
    const actorId = this.current.initiatorId;

    return this.run({ type: 'resubmit', actorId, values, ...(picks ? { picks } : {}) });
  }

  openTasks(): TaskState[] {
    return this.current.tasks.filter((task) => task.status === 'open');
  }

  taskOf(assigneeId: string, status: TaskState['status'] = 'open'): TaskState {
    const task = this.current.tasks.findLast(
      (candidate) => candidate.assigneeId === assigneeId && candidate.status === status,
    );
    if (!task) throw new Error(`${assigneeId} has no ${status} task`);

    return task;
  }

  approve(actorId: string, comment?: string, nextApprovers?: string[]): Decision {
    const taskId = this.taskOf(actorId).id;
    const next = nextApprovers ? { nextApprovers } : {};

    return this.run({ type: 'approve', actorId, taskId, ...(comment ? { comment } : {}), ...next });
  }

  /** Open and waiting tasks as `[assignee, status]`, in creation order. */
  pending(): [string, string][] {
    return this.current.tasks
      .filter((task) => task.status === 'open' || task.status === 'waiting')
      .map((task) => [task.assigneeId, task.status]);
  }

  /** The data of the last event of a type, over every decision so far. */
  event(type: string): Record<string, unknown> | undefined {
    return this.events.findLast((event) => event.type === type)?.data;
  }

  reject(actorId: string, options: { comment?: string; target?: 'initiator' | 'end' } = {}) {
    return this.run({ type: 'reject', actorId, taskId: this.taskOf(actorId).id, ...options });
  }

  eventTypes(decision: Decision = this.last): string[] {
    return decision.events.map((event) => event.type);
  }
}

/** Freezes a value and everything inside it, so a mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }

  return value;
}
