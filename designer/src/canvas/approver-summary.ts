import type { TFunction } from 'i18next';
import { ApproverRule, getNodeKind, type FlowNode, type Locale, type Role } from '@baton/schemas';

/** What the canvas needs to know of the organization to name roles and users. */
export type OrgInfo = {
  readonly roles: readonly Role[];
  readonly users: readonly { readonly id: string; readonly name: string }[];
};

export const emptyOrg: OrgInfo = { roles: [], users: [] };

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

type SummaryContext = { readonly t: TFunction; readonly org: OrgInfo; readonly locale: Locale };

function describeRule(rule: ApproverRule, context: SummaryContext): string {
  const { t, org, locale } = context;
  switch (rule.kind) {
    case 'user': {
      const names = rule.userIds.map((id) => org.users.find((user) => user.id === id)?.name ?? id);
      return t('summary.user', { names: names.join(locale === 'en' ? ', ' : '、') });
    }
    case 'role': {
      const role = org.roles.find((candidate) => candidate.key === rule.role);
      return t('summary.role', { name: role ? role.name[locale] : rule.role });
    }
    case 'departmentHead':
      return t('summary.departmentHead');
    case 'supervisor':
      return t('summary.supervisor', { level: rule.level });
  }
}

/**
 * One line naming who acts at a node, e.g. "角色：财务" / "Role: Finance"; `undefined` for kinds
 * without people. Rules that do not parse yet count as not set.
 */
export function summarizePeople(node: FlowNode, context: SummaryContext): string | undefined {
  const key = peopleKey(node.type);
  if (key === undefined) return undefined;
  const rules = rulesOf(node);
  if (rules.length === 0) return context.t(key === 'approvers' ? 'summary.none' : 'summary.noneCc');
  const [first, second] = rules.map((rule) => describeRule(rule, context));
  const shown = [first, second].filter((text) => text !== undefined).join(' / ');

  return rules.length > 2
    ? `${shown} ${context.t('summary.more', { count: rules.length - 2 })}`
    : shown;
}
