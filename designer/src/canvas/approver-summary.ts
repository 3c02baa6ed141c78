import type { TFunction } from 'i18next';
import {
  ApproverRule,
  getNodeKind,
  resolveText,
  type FlowNode,
  type FormDefinition,
  type Locale,
  type Role,
} from '@baton/schemas';
import { readApprovalSettings } from './panel/approval-settings.ts';

/** A named thing of the organization with a key and a name in both languages. */
type Keyed = { readonly key: string; readonly name: Role['name'] };

/** What the canvas and panels need to know of the organization to name things and pick them. */
export type OrgInfo = {
  readonly roles: readonly Keyed[];
  readonly positions: readonly Keyed[];
  readonly groups: readonly Keyed[];
  readonly departments: readonly { readonly id: string; readonly name: string }[];
  readonly users: readonly {
    readonly id: string;
    readonly name: string;
    readonly username?: string;
    readonly departmentId?: string | null;
    readonly disabled?: boolean;
  }[];
};

export const emptyOrg: OrgInfo = {
  roles: [],
  positions: [],
  groups: [],
  departments: [],
  users: [],
};

const Rules = ApproverRule.array();

/** The config key that holds a kind's people: approvers for tasks, recipients for notices. */
export function peopleKey(type: string): 'approvers' | 'recipients' | undefined {
  const capabilities = getNodeKind(type)?.capabilities ?? {};
  if (capabilities.needsAssignees) return 'approvers';

  return capabilities.notifies ? 'recipients' : undefined;
}

/** The rules of a node's people key, or `[]` when they are missing or malformed. */
export function rulesOf(node: FlowNode): ApproverRule[] {
  const key = peopleKey(node.type);
  const parsed = key === undefined ? undefined : Rules.safeParse(node.config[key]);

  return parsed?.success ? parsed.data : [];
}

export type SummaryContext = {
  readonly t: TFunction;
  readonly org: OrgInfo;
  readonly locale: Locale;
  /** The flow's form, to name fields; keys are shown without it. */
  readonly form?: FormDefinition | undefined;
};

function keyedName(list: readonly Keyed[], key: string, locale: Locale): string {
  const found = list.find((candidate) => candidate.key === key);

  return found ? found.name[locale] : key;
}

function fieldName(context: SummaryContext, key: string): string {
  const field = context.form?.fields.find((candidate) => candidate.key === key);

  return field ? resolveText(field.label, context.locale) : key;
}

function describeHead(rule: Extract<ApproverRule, { kind: 'departmentHead' }>, c: SummaryContext) {
  const { t } = c;
  let head =
    rule.field === undefined
      ? t('summary.departmentHead')
      : t('summary.departmentHeadOf', { field: fieldName(c, rule.field) });
  if (rule.up !== undefined && rule.up > 0)
    head = t('summary.departmentUp', { head, count: rule.up });

  return rule.climbIfEmpty ? t('summary.climb', { head }) : head;
}

function describeChain(
  rule: Extract<ApproverRule, { kind: 'supervisorChain' }>,
  c: SummaryContext,
) {
  const { end } = rule;
  switch (end.kind) {
    case 'level':
      return c.t('summary.chainLevel', { level: end.level });
    case 'role':
      return c.t('summary.chainRole', { role: keyedName(c.org.roles, end.role, c.locale) });
    case 'top':
      return c.t('summary.chainTop');
    case 'approvalLimit':
      return c.t('summary.chainLimit', { field: fieldName(c, end.field) });
  }
}

/** One rule in a few words, e.g. "角色：财务" / "Role: Finance". */
export function describeRule(rule: ApproverRule, context: SummaryContext): string {
  const { t, org, locale } = context;
  switch (rule.kind) {
    case 'user': {
      const names = rule.userIds.map((id) => {
        const user = org.users.find((candidate) => candidate.id === id);
        if (!user) return id;

        return user.disabled === true ? t('summary.disabledUser', { name: user.name }) : user.name;
      });
      return t('summary.user', { names: names.join(locale === 'en' ? ', ' : '、') });
    }
    case 'role':
      return t('summary.role', { name: keyedName(org.roles, rule.role, locale) });
    case 'position':
      return t('summary.position', { name: keyedName(org.positions, rule.position, locale) });
    case 'group':
      return t('summary.group', { name: keyedName(org.groups, rule.group, locale) });
    case 'departmentHead':
      return describeHead(rule, context);
    case 'supervisor':
      return t('summary.supervisor', { level: rule.level });
    case 'supervisorChain':
      return describeChain(rule, context);
    case 'initiatorPicks':
      return t(rule.multiple ? 'summary.initiatorPicksMany' : 'summary.initiatorPicks');
    case 'approverPicks':
      return t(rule.multiple ? 'summary.approverPicksMany' : 'summary.approverPicks');
    case 'formField':
      return t('summary.formField', { field: fieldName(context, rule.field) });
    case 'conditional':
      return t('summary.conditional', { count: rule.cases.length });
  }
}

/**
 * How several approvers decide, when it is not the default "any one": "会签", "60% 同意"; a
 * percentage without its share says so ("未设置比例") rather than guessing one.
 */
function modeWords(node: FlowNode, t: TFunction): string | undefined {
  const { mode, percent } = readApprovalSettings(node.config);
  if (mode === 'any') return undefined;
  if (mode === 'percentage' && percent === undefined) return t('summary.modes.percentageUnset');

  return t(`summary.modes.${mode}`, { percent });
}

/**
 * One line naming who acts at a node, e.g. "角色：财务" / "Role: Finance", with the approval
 * mode when it is not "any one" ("角色：财务 · 会签"); `undefined` for kinds without people.
 * Rules that do not parse yet count as not set.
 */
export function summarizePeople(node: FlowNode, context: SummaryContext): string | undefined {
  const key = peopleKey(node.type);
  if (key === undefined) return undefined;
  const rules = rulesOf(node);
  if (rules.length === 0) return context.t(key === 'approvers' ? 'summary.none' : 'summary.noneCc');
  const [first, second] = rules.map((rule) => describeRule(rule, context));
  const shown = [first, second].filter((text) => text !== undefined).join(' / ');
  const people =
    rules.length > 2 ? `${shown} ${context.t('summary.more', { count: rules.length - 2 })}` : shown;
  const mode = key === 'approvers' ? modeWords(node, context.t) : undefined;

  return mode === undefined ? people : context.t('summary.withMode', { people, mode });
}
