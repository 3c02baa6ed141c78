import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { checkForm } from '../form/check-form.ts';
import type { Org } from '../org/org.ts';
import { CheckContext } from './context.ts';
import { indexFlow } from './flow-index.ts';
import { safeParseFlowBundle } from './parse.ts';
import { collapseRepeats } from './repeats.ts';
import { checkAmountRanges } from './rules/amount-ranges.ts';
import { fieldsByKey } from './rules/approver-fields.ts';
import { checkApprovalPresence, checkApprovers } from './rules/approvers.ts';
import { checkBranches } from './rules/branches.ts';
import { checkCycles } from './rules/cycles.ts';
import { checkDeadlines } from './rules/deadlines.ts';
import { checkFieldAccess } from './rules/field-access.ts';
import { checkIdentity } from './rules/identity.ts';
import { checkKinds } from './rules/kinds.ts';
import { checkLayout } from './rules/layout.ts';
import { checkParallel } from './rules/parallel.ts';
import { checkEndsAndPorts } from './rules/ports.ts';
import { checkReachability } from './rules/reachability.ts';

export type CheckFlowOptions = {
  /**
   * With an org, approver rules naming unknown roles or users are reported: warnings, except an
   * approval step whose approvers are all unknown (an error, nobody could approve it).
   */
  readonly org?: Org;
  /** Language of the messages; `en` by default. */
  readonly locale?: Locale;
};

/**
 * The one check behind "valid in the designer", "valid at publish" and "runnable": parses a
 * flow bundle and returns every issue at once, errors and warnings, each with a path into the
 * bundle and the node or edge it is about. A bundle beyond the document limits (more than
 * 2,000 nodes or edges, nested deeper than 32 levels) gives only `flow.too-large` or
 * `document.too-deep`; one that does not fit the schema gives only its `schema.invalid` and
 * `document.unknown-key` issues. Layout positions of missing nodes are `layout.unknown-node`
 * warnings. Identical issues (same code, node and parameters) are given once, with how many
 * times they occur (see `collapseRepeats`).
 * Runs in time linear in the size of the flow (nested parallel blocks aside).
 *
 * @example const publishable = !hasErrors(checkFlow(bundle, { org }));
 */
export function checkFlow(input: unknown, options: CheckFlowOptions = {}): ValidationIssue[] {
  const locale = options.locale ?? 'en';
  const parsed = safeParseFlowBundle(input, locale);
  if (!parsed.ok) return parsed.issues;
  const { bundle } = parsed;
  const ctx = new CheckContext(bundle, indexFlow(bundle.flow), locale, options.org);

  checkIdentity(ctx);
  const configs = checkKinds(ctx);
  checkEndsAndPorts(ctx);
  const fromStart = checkReachability(ctx);
  const acyclic = checkCycles(ctx);
  const fields = fieldsByKey(ctx);
  checkAmountRanges(ctx, checkBranches(ctx), fields);
  if (acyclic && fromStart) checkParallel(ctx, fromStart);
  checkApprovers(ctx, configs, fields);
  checkApprovalPresence(ctx);
  checkDeadlines(ctx, configs, fields);
  checkFieldAccess(ctx);
  checkLayout(ctx);

  const form = checkForm(bundle.form, { locale, path: ['form'] });

  return collapseRepeats([...ctx.issues, ...form], locale);
}
