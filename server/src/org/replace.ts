import { checkOrg, hasErrors, Org, type Locale, type ValidationIssue } from '@baton/schemas';
import { replaceOrg, type StorageHandle } from '@baton/runtime/storage';
import type { FastifyBaseLogger } from 'fastify';
import { fail, serverIssue } from '../messages.ts';
import { schemaIssues } from '../errors/issues.ts';

type Replace = {
  readonly document: unknown;
  readonly actorId: string;
  readonly locale: Locale;
  readonly logger: FastifyBaseLogger;
};

/**
 * Replaces the stored org with `document` after `checkOrg` finds no error, and returns its
 * warnings. Refused with `org.invalid` (BAD_REQUEST) and every issue when there is an error
 * (a supervisor or department cycle, an unknown reference, …), and with `org.admin-lockout`
 * when the caller would no longer be an enabled admin; nothing is written then. The write itself
 * is one transaction (see `replaceOrg`). Passwords are kept; new users get none.
 */
export async function replaceOrgDocument(
  handle: StorageHandle,
  replace: Replace,
): Promise<ValidationIssue[]> {
  const { locale } = replace;
  const issues = checkOrg(replace.document, { locale });
  if (hasErrors(issues)) throw refusal(issues);
  const parsed = Org.safeParse(replace.document);
  if (!parsed.success) throw refusal(schemaIssues(parsed.error, { locale }) ?? []);
  const org = parsed.data;
  const me = org.users.find((user) => user.id === replace.actorId);
  if (!me || me.disabled || !me.roles.includes('admin')) {
    const path = me ? ['users', org.users.indexOf(me)] : ['users'];
    const lockout = serverIssue('org.admin-lockout', {}, { path, locale });
    throw fail('org.admin-lockout', {}, { issues: [lockout] });
  }

  await replaceOrg(handle.db, org);
  replace.logger.info(
    {
      actorId: replace.actorId,
      departments: org.departments.length,
      users: org.users.length,
      roles: org.roles.length,
      positions: org.positions.length,
      groups: org.groups.length,
      warnings: issues.length,
    },
    'org replaced',
  );

  return issues;
}

function refusal(issues: ValidationIssue[]) {
  const count = issues.filter((issue) => issue.severity === 'error').length;

  return fail('org.invalid', { count }, { issues });
}
