import type { Expr } from '../../expression/ast.ts';
import { checkExpression } from '../../expression/check-expression.ts';
import type { ExpressionScope } from '../../expression/types.ts';
import { formScope } from '../../form/scope.ts';
import { placeExpressionIssue } from '../../issue-factory.ts';
import { phrase } from '../../messages.ts';
import type { CheckContext } from '../context.ts';

function hasCondition(condition: string | undefined): condition is string {
  return condition !== undefined && condition.trim() !== '';
}

/** Exactly one default edge; every other edge has a condition; priorities do not tie. */
function checkBranchNode(ctx: CheckContext, position: number): void {
  const edges = ctx.index.out[position] ?? [];
  const defaults = edges.filter(({ edge }) => edge.isDefault === true);
  if (defaults.length === 0) ctx.atNode(position, 'branch.no-default');
  if (defaults.length > 1)
    ctx.atNode(position, 'branch.multiple-defaults', { count: defaults.length });
  const priorities = new Set<number>();
  for (const { edge, at } of edges) {
    const target = { target: ctx.nameOf(edge.target), node: ctx.nodeName(position) };
    if (edge.isDefault && hasCondition(edge.condition)) {
      ctx.atEdge(at, 'branch.default-with-condition', target, {
        path: ['flow', 'edges', at, 'condition'],
      });
    }
    if (!edge.isDefault && !hasCondition(edge.condition))
      ctx.atEdge(at, 'branch.missing-condition', target);
    if (edge.isDefault || edge.priority === undefined) continue;
    if (priorities.has(edge.priority)) {
      ctx.atEdge(
        at,
        'branch.duplicate-priority',
        { node: ctx.nodeName(position), priority: edge.priority },
        {
          path: ['flow', 'edges', at, 'priority'],
          severity: 'warning',
        },
      );
    }
    priorities.add(edge.priority);
  }
}

function checkCondition(ctx: CheckContext, at: number, scope: ExpressionScope): Expr | null {
  const edge = ctx.bundle.flow.edges[at];
  if (!edge || !hasCondition(edge.condition)) return null;
  const { locale } = ctx;
  const check = checkExpression(edge.condition, scope, { expected: 'boolean', locale });
  if (check.ok) return check.ast;
  const ends = { source: ctx.nameOf(edge.source), target: ctx.nameOf(edge.target) };
  const prefix = `${phrase('where.condition', ends, locale)}: `;
  const path = ['flow', 'edges', at, 'condition'];
  for (const issue of check.issues) {
    ctx.issues.push(placeExpressionIssue(issue, { path, locale, prefix, edgeId: edge.id }));
  }

  return null;
}

/**
 * Condition branches and the conditions on edges: a branch needs one default and conditions
 * on its other edges; conditions elsewhere are refused; each condition must parse and
 * type-check against the form (an unknown field is named, with its span). Gives the parsed
 * conditions that check, by edge position, for the rules that read them further.
 */
export function checkBranches(ctx: CheckContext): ReadonlyMap<number, Expr> {
  const conditions = new Map<number, Expr>();
  for (const position of ctx.index.graphNodes) {
    if (ctx.capabilities(position).exclusiveBranch) checkBranchNode(ctx, position);
  }
  let scope: ExpressionScope | undefined;
  ctx.bundle.flow.edges.forEach((edge, at) => {
    const source = ctx.index.byId.get(edge.source);
    const inBranch = source !== undefined && ctx.capabilities(source).exclusiveBranch === true;
    if (hasCondition(edge.condition) && !inBranch) {
      ctx.atEdge(
        at,
        'edge.condition-outside-branch',
        {},
        { path: ['flow', 'edges', at, 'condition'] },
      );
    }
    if (edge.isDefault && !inBranch && source !== undefined) {
      ctx.atEdge(
        at,
        'edge.default-outside-branch',
        {},
        { path: ['flow', 'edges', at, 'isDefault'], severity: 'warning' },
      );
    }
    if (inBranch && hasCondition(edge.condition)) {
      scope ??= formScope(ctx.bundle.form);
      const ast = checkCondition(ctx, at, scope);
      if (ast) conditions.set(at, ast);
    }
  });

  return conditions;
}
