import { INITIATOR_NAMES, type Locale } from '@baton/schemas';
import type { OrgInfo } from '../approver-summary.ts';

/** A name a condition may use, ready to insert (`snippet`), and what it stands for (`label`). */
export type ConditionName = { readonly snippet: string; readonly label: string };

/** The initiator facts a conditional rule's `when` can ask about, with the org's values. */
export type ConditionNameGroup = {
  readonly name: (typeof INITIATOR_NAMES)[keyof typeof INITIATOR_NAMES];
  readonly items: readonly ConditionName[];
};

/**
 * What a process owner can write in a case's condition about the initiator, from the org:
 * `initiatorDepartment == "d-sales-east"` for each department, `"finance" in initiatorRoles`
 * for each role, `"cashier" in initiatorPositions` for each position.
 */
export function conditionNames(org: OrgInfo, locale: Locale): ConditionNameGroup[] {
  const quoted = (text: string) => JSON.stringify(text);

  return [
    {
      name: INITIATOR_NAMES.department,
      items: org.departments.map((department) => ({
        snippet: `${INITIATOR_NAMES.department} == ${quoted(department.id)}`,
        label: department.name,
      })),
    },
    {
      name: INITIATOR_NAMES.roles,
      items: org.roles.map((role) => ({
        snippet: `${quoted(role.key)} in ${INITIATOR_NAMES.roles}`,
        label: role.name[locale],
      })),
    },
    {
      name: INITIATOR_NAMES.positions,
      items: org.positions.map((position) => ({
        snippet: `${quoted(position.key)} in ${INITIATOR_NAMES.positions}`,
        label: position.name[locale],
      })),
    },
  ];
}

/** A condition with `snippet` added: joined with `&&` after what is there, else on its own. */
export function appendCondition(current: string, snippet: string): string {
  const trimmed = current.trim();

  return trimmed === '' ? snippet : `${trimmed} && ${snippet}`;
}
