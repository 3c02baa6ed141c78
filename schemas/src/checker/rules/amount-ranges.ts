import type { Expr } from '../../expression/ast.ts';
import { excerpt } from '../../excerpt.ts';
import { orderBranchEdges } from '../../flow/graph.ts';
import type { FormField } from '../../form/form.ts';
import { fieldLabel } from '../../form/labels.ts';
import { amountCondition } from '../amount-conditions.ts';
import type { CheckContext } from '../context.ts';
import type { IndexedEdge } from '../flow-index.ts';
import {
  type Interval,
  between,
  compareHigh,
  compareLow,
  describeInterval,
  intersect,
  isEmpty,
} from '../intervals.ts';

/** A branch edge whose condition only bounds one amount field. */
type Covered = { readonly edge: IndexedEdge; readonly interval: Interval; readonly rank: number };

/** Decimal places of an amount field: values in a gap or overlap must be writable in it. */
function placesOf(field: FormField): number | undefined {
  if (field.type === 'money' || field.type === 'number') return field.validation.decimals;
  if (field.type === 'computed') return field.decimals;

  return undefined;
}

function conditionText(covered: Covered): string {
  return excerpt(covered.edge.edge.condition ?? '');
}

function reportOverlaps(ctx: CheckContext, position: number, field: FormField, sorted: Covered[]) {
  const places = placesOf(field);
  let widest: Covered | undefined;
  for (const next of sorted) {
    const shared = widest && intersect(widest.interval, next.interval);
    if (widest && shared && !isEmpty(shared, places)) {
      const [first, second] = widest.rank < next.rank ? [widest, next] : [next, widest];
      const params = {
        node: ctx.nodeName(position),
        field: fieldLabel(field, ctx.locale),
        range: describeInterval(shared, ctx.locale),
        first: conditionText(first),
        second: conditionText(second),
      };
      const path = ['flow', 'edges', second.edge.at, 'condition'];
      ctx.atEdge(second.edge.at, 'branch.amount-overlap', params, { path, severity: 'warning' });
    }
    if (!widest || compareHigh(next.interval.high, widest.interval.high) > 0) widest = next;
  }
}

function reportGaps(ctx: CheckContext, position: number, field: FormField, sorted: Covered[]) {
  const places = placesOf(field);
  let reach: Covered | undefined;
  for (const next of sorted) {
    const gap = reach && between(reach.interval, next.interval);
    if (reach && gap && !isEmpty(gap, places)) {
      const params = {
        field: fieldLabel(field, ctx.locale),
        range: describeInterval(gap, ctx.locale),
        before: conditionText(reach),
        after: conditionText(next),
      };
      ctx.atNode(position, 'branch.amount-gap', params, { severity: 'warning' });
    }
    if (!reach || compareHigh(next.interval.high, reach.interval.high) > 0) reach = next;
    if (reach.interval.high === null) return;
  }
}

type Fields = ReadonlyMap<string, FormField>;

function placesOfKey(fields: Fields, key: string): number | undefined {
  const field = fields.get(key);

  return field && placesOf(field);
}

/** The non-default edges of one branch whose conditions bound an amount field, by field. */
function coveredByField(
  ctx: CheckContext,
  position: number,
  context: { conditions: ReadonlyMap<number, Expr>; fields: Fields },
): Map<string, Covered[]> {
  const { conditions, fields } = context;
  const edges = ctx.index.out[position] ?? [];
  const ranks = new Map(orderBranchEdges(edges.map(({ edge }) => edge)).map((e, i) => [e, i]));
  const isAmount = (key: string) => placesOfKey(fields, key) !== undefined;
  const byField = new Map<string, Covered[]>();
  for (const edge of edges) {
    const ast = edge.edge.isDefault ? undefined : conditions.get(edge.at);
    const found = ast && amountCondition(ast, isAmount);
    if (!found || isEmpty(found.interval, placesOfKey(fields, found.field))) continue;
    const list = byField.get(found.field) ?? [];
    list.push({ edge, interval: found.interval, rank: ranks.get(edge.edge) ?? 0 });
    byField.set(found.field, list);
  }

  return byField;
}

/**
 * Gaps and overlaps between the amount conditions of a condition branch (warnings). Sibling
 * non-default edges whose conditions have the shape `field <op> number` (or an `&&` of two on
 * the same money, number or computed field) are read as intervals, exactly (decimals, never
 * floats), and only values the field can hold count: a value in two intervals is an overlap
 * (the edge tried first wins; both are named with the shared range) and a value between two
 * covered intervals that none covers is a gap (it silently takes the default). What lies below
 * or above every interval is the default's own region and is not reported.
 */
export function checkAmountRanges(
  ctx: CheckContext,
  conditions: ReadonlyMap<number, Expr>,
  fields: Fields,
): void {
  if (conditions.size < 2) return;
  for (const position of ctx.index.graphNodes) {
    if (!ctx.capabilities(position).exclusiveBranch) continue;
    for (const [key, covered] of coveredByField(ctx, position, { conditions, fields })) {
      const field = fields.get(key);
      if (!field || covered.length < 2) continue;
      const sorted = [...covered].sort(
        (a, b) => compareLow(a.interval.low, b.interval.low) || a.rank - b.rank,
      );
      reportOverlaps(ctx, position, field, sorted);
      reportGaps(ctx, position, field, sorted);
    }
  }
}
