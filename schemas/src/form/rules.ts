import type { Expr } from '../expression/ast.ts';
import { type Environment, evaluateExpr } from '../expression/evaluate.ts';
import { compileOrNull } from '../expression/with-form.ts';
import { defaultFormValues } from './defaults.ts';
import type { FormDefinition, FormField, FormValues } from './form.ts';
import { computeValues, formulaEnvironment } from './recompute.ts';
import { type EnvironmentOptions, formScope } from './scope.ts';

/** Options of `applyFieldRules` and `validateFormValues`. */
export type RuleOptions = EnvironmentOptions & {
  /**
   * The values as they were before this edit (an approver's step: the stored request). A
   * field disabled by its rule keeps its value from here; without `previous` (a new request)
   * it keeps its default.
   */
  readonly previous?: FormValues | undefined;
  /** The user's calendar day `YYYY-MM-DD`, for `today` defaults of disabled date fields. */
  readonly today?: string | undefined;
};

/** What the linkage rules make of a form's values. */
export type FieldRuleState = {
  /**
   * The values that count: without those of hidden fields, disabled fields holding their
   * previous value (or default), every formula worked out over what is left.
   */
  readonly values: FormValues;
  /** Keys of the fields hidden by a rule (a hidden section hides its fields too), form order. */
  readonly hidden: string[];
  /** Keys of the fields that must have a value now (`required` or `requiredWhen`, shown). */
  readonly required: string[];
  /** Keys of the fields disabled by their rule (and shown), form order. */
  readonly disabled: string[];
};

/** The linkage rules a field may have. */
export const RULE_KEYS = ['visibleWhen', 'requiredWhen', 'disabledWhen'] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

/** The source of one linkage rule of a field, if it has that rule. */
export function ruleOf(field: FormField, rule: RuleKey): string | undefined {
  if (field.type === 'description' || field.type === 'section') {
    return rule === 'visibleWhen' ? field.visibleWhen : undefined;
  }

  return field[rule];
}

/**
 * Checked rules by form object and source, a rule that does not check as `null`: rules are
 * evaluated on every keystroke and checked once per form.
 */
const rulesByForm = new WeakMap<FormDefinition, Map<string, Expr | null>>();

function ruleTree(source: string, form: FormDefinition): Expr | null {
  let trees = rulesByForm.get(form);
  const known = trees?.get(source);
  if (known !== undefined) return known;
  const scope = () => formScope(form);
  const tree = compileOrNull({ owner: form, source, scope, expected: 'boolean' });
  if (!trees) rulesByForm.set(form, (trees = new Map()));
  trees.set(source, tree);

  return tree;
}

/** Whether the rule holds; `null` when the field has no rule or it does not check. */
function holds(field: FormField, rule: RuleKey, ctx: { form: FormDefinition; env: Environment }) {
  const source = ruleOf(field, rule);
  const ast = source === undefined ? null : ruleTree(source, ctx.form);

  return ast === null ? null : evaluateExpr(ast, ctx.env) === true;
}

/** Hidden and disabled keys under `env`: a field whose `visibleWhen` fails, and its section. */
function ruleSets(form: FormDefinition, env: Environment) {
  const hidden = new Set<string>();
  const disabled = new Set<string>();
  let sectionHidden = false;
  for (const field of form.fields) {
    const visible = holds(field, 'visibleWhen', { form, env });
    if (field.type === 'section') sectionHidden = visible === false;
    if (visible === false || sectionHidden) hidden.add(field.key);
    else if (holds(field, 'disabledWhen', { form, env }) === true) disabled.add(field.key);
  }

  return { hidden, disabled };
}

function sameSet(left: ReadonlySet<string>, right: ReadonlySet<string>): boolean {
  return left.size === right.size && [...left].every((key) => right.has(key));
}

type RuleSets = { readonly hidden: ReadonlySet<string>; readonly disabled: ReadonlySet<string> };

/**
 * The values that count under `sets`: disabled fields back at their kept values, formulas
 * worked out without the hidden fields, and hidden fields (computed ones too) left out.
 */
function countedValues(
  input: { form: FormDefinition; values: FormValues; options: RuleOptions },
  sets: RuleSets,
  kept: () => FormValues,
): FormValues {
  const out: FormValues = { ...input.values };
  for (const key of sets.disabled) {
    const source = kept();
    if (Object.hasOwn(source, key)) out[key] = source[key];
    else delete out[key];
  }
  for (const key of sets.hidden) delete out[key];
  const computed = computeValues(input.form, out, input.options).values;
  for (const key of sets.hidden) delete computed[key];

  return computed;
}

/**
 * Applies the linkage rules of a form to its values. Rules read the values that count (a field
 * hidden by another rule reads as empty; a disabled one as the value it keeps) and are
 * evaluated again until nothing changes, at most once per field plus one; an empty operand
 * makes a rule false (so `visibleWhen: 'amount > 1000'` hides the field while the amount is
 * empty). A rule that does not type-check is ignored here (`checkForm` reports it).
 *
 * @example
 * const state = applyFieldRules(form, draft, { today: '2026-03-12' });
 * state.hidden.includes('reason') // show or hide the input
 */
export function applyFieldRules(
  form: FormDefinition,
  values: FormValues,
  options: RuleOptions = {},
): FieldRuleState {
  let keptValues: FormValues | undefined;
  const kept = () => (keptValues ??= options.previous ?? defaultFormValues(form, options.today));
  const input = { form, values, options };
  let sets: RuleSets = { hidden: new Set(), disabled: new Set() };
  let current = countedValues(input, sets, kept);
  let env = formulaEnvironment(form, current, options);
  for (let pass = 0; pass <= form.fields.length; pass += 1) {
    const next = ruleSets(form, env);
    if (sameSet(next.hidden, sets.hidden) && sameSet(next.disabled, sets.disabled)) break;
    sets = next;
    current = countedValues(input, sets, kept);
    env = formulaEnvironment(form, current, options);
  }
  const required = form.fields.filter((field) => {
    if (sets.hidden.has(field.key) || sets.disabled.has(field.key)) return false;

    return ('required' in field && field.required) || holds(field, 'requiredWhen', { form, env });
  });

  return {
    values: current,
    hidden: form.fields.map((field) => field.key).filter((key) => sets.hidden.has(key)),
    required: required.map((field) => field.key),
    disabled: form.fields.map((field) => field.key).filter((key) => sets.disabled.has(key)),
  };
}

/** One field's state for the UI: shown or not, required now, read-only by its rule. */
export function fieldRuleState(
  state: FieldRuleState,
  key: string,
): { visible: boolean; required: boolean; disabled: boolean } {
  return {
    visible: !state.hidden.includes(key),
    required: state.required.includes(key),
    disabled: state.disabled.includes(key),
  };
}
