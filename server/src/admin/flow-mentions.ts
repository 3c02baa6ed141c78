import { nodeKinds, type FlowBundle, type FlowNode, type I18nText } from '@baton/schemas';

/**
 * How a flow's step names someone: in a `user` rule, as a veto member, as the fallback, as the
 * person a deadline timeout escalates to.
 */
export type MentionRole = 'approver' | 'veto' | 'fallback' | 'escalation';

export type Mention = {
  readonly nodeId: string;
  readonly name: I18nText;
  readonly as: MentionRole;
};

/** Steps that name people: those that assign tasks or copy people (read from the registry). */
function namesPeople(node: FlowNode): boolean {
  const capabilities = nodeKinds[node.type]?.capabilities;

  return Boolean(capabilities?.needsAssignees || capabilities?.notifies);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isUserRule(value: unknown): value is { kind: 'user'; userIds: unknown[] } {
  return isRecord(value) && value['kind'] === 'user' && Array.isArray(value['userIds']);
}

/** Every `user` rule anywhere in a config (approvers, conditional cases, pick ranges, CC). */
function userRulesIn(value: unknown): Array<{ userIds: unknown[] }> {
  if (Array.isArray(value)) return value.flatMap(userRulesIn);
  if (!isRecord(value)) return [];
  if (isUserRule(value)) return [value];

  return Object.values(value).flatMap(userRulesIn);
}

/** The timeout of a config's `deadline` when it is an object (read raw: drafts may be wrong). */
function timeoutOf(config: Record<string, unknown>): Record<string, unknown> | undefined {
  const deadline = config['deadline'];
  const timeout = isRecord(deadline) ? deadline['timeout'] : undefined;

  return isRecord(timeout) ? timeout : undefined;
}

/**
 * Where the steps of `bundle` name `userId` by id: in a `user` rule (approvers, conditional
 * cases, pick ranges, CC recipients), in `vetoUserIds`, as `fallbackUserId`, or as the
 * `deadline.timeout.userId` a timeout escalates to. Read from the raw configs, so a draft with
 * checker errors is searched too.
 */
export function mentionsOf(bundle: FlowBundle, userId: string): Mention[] {
  return bundle.flow.nodes.filter(namesPeople).flatMap((node) => {
    const { config } = node;
    const roles: MentionRole[] = [];
    if (userRulesIn(config).some((rule) => rule.userIds.includes(userId))) roles.push('approver');
    const veto = config['vetoUserIds'];
    if (Array.isArray(veto) && veto.includes(userId)) roles.push('veto');
    if (config['fallbackUserId'] === userId) roles.push('fallback');
    if (timeoutOf(config)?.['userId'] === userId) roles.push('escalation');

    return roles.map((as) => ({ nodeId: node.id, name: node.name, as }));
  });
}

function swapIn(ids: readonly unknown[], from: string, to: string): unknown[] {
  return [...new Set(ids.map((id) => (id === from ? to : id)))];
}

function replaceInRules(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((item) => replaceInRules(item, from, to));
  if (!isRecord(value)) return value;
  if (isUserRule(value)) return { ...value, userIds: swapIn(value.userIds, from, to) };

  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, replaceInRules(item, from, to)]),
  );
}

function replaceInNode(node: FlowNode, from: string, to: string): FlowNode {
  if (!namesPeople(node)) return node;
  const config = replaceInRules(node.config, from, to);
  if (!isRecord(config)) return node;
  const veto = config['vetoUserIds'];
  if (Array.isArray(veto)) config['vetoUserIds'] = swapIn(veto, from, to);
  if (config['fallbackUserId'] === from) config['fallbackUserId'] = to;
  const timeout = timeoutOf(config);
  if (timeout?.['userId'] === from) timeout['userId'] = to;

  return { ...node, config };
}

/**
 * `bundle` with `from` replaced by `to` wherever a step names them (see `mentionsOf`); a rule
 * that already named `to` keeps them once. `replaced`: how many mentions there were.
 */
export function replaceUserIn(
  bundle: FlowBundle,
  change: { from: string; to: string },
): { bundle: FlowBundle; replaced: number } {
  const replaced = mentionsOf(bundle, change.from).length;
  if (replaced === 0) return { bundle, replaced };
  const nodes = bundle.flow.nodes.map((node) => replaceInNode(node, change.from, change.to));

  return { bundle: { ...bundle, flow: { ...bundle.flow, nodes } }, replaced };
}
