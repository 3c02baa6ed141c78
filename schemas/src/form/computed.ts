import { type Expr, childrenOf } from '../expression/ast.ts';
import { parseExpression } from '../expression/parse.ts';
import type { FormDefinition, FormField } from './form.ts';

export type ComputedField = Extract<FormField, { type: 'computed' }>;

/** Field keys a formula reads (tables count once, whatever columns it reads). */
export function formulaReferences(formula: string): Set<string> {
  const parsed = parseExpression(formula);
  const names = new Set<string>();
  if (!parsed.ok) return names;
  const stack: Expr[] = [parsed.ast];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.kind === 'identifier') names.add(node.name);
    stack.push(...childrenOf(node));
  }

  return names;
}

/**
 * Computed fields in an order where each comes after the computed fields it reads, and the
 * keys of those caught in a dependency cycle (left out of the order).
 */
export function computedOrder(form: FormDefinition): { order: ComputedField[]; cyclic: string[] } {
  const computed = new Map<string, ComputedField>();
  for (const field of form.fields) {
    if (field.type === 'computed' && !computed.has(field.key)) computed.set(field.key, field);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const order: ComputedField[] = [];
  const cyclic = new Set<string>();
  const visit = (key: string, trail: string[]): void => {
    const field = computed.get(key);
    if (!field || state.get(key) === 'done') return;
    if (state.get(key) === 'visiting') {
      for (const member of trail.slice(trail.indexOf(key))) cyclic.add(member);

      return;
    }
    state.set(key, 'visiting');
    for (const name of formulaReferences(field.formula)) visit(name, [...trail, key]);
    state.set(key, 'done');
    if (!cyclic.has(key)) order.push(field);
  };
  for (const key of computed.keys()) visit(key, []);

  return { order, cyclic: [...cyclic] };
}
