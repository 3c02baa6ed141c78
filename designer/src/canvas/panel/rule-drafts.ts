import type { FlowBundle, ValidationIssue } from '@baton/schemas';
import { readDraftRules, type DraftRule } from './draft-rules.ts';

/**
 * Where a rule sits in its node's config: `['approvers', 0]`, or inside a conditional rule
 * `['approvers', 0, 'cases', 1, 'rules', 0]` and `['approvers', 0, 'otherwise', 2]`.
 */
export type RulePath = readonly (string | number)[];

/**
 * A rule being edited in the panel that is not complete yet (so not in the flow): which node
 * and place it is for, the draft, and the signature of the rule it replaces there, so that an
 * edit from elsewhere (undo, the JSON view) makes it stale rather than wrong.
 */
export type RuleDraft = {
  readonly nodeId: string;
  readonly path: RulePath;
  readonly draft: DraftRule;
  readonly base: string;
};

/** The editor's unfinished rules, by `draftKey`. */
export type RuleDrafts = Readonly<Record<string, RuleDraft>>;

/** The issue code of an unfinished rule (a designer-side issue: the server never sees one). */
export const INCOMPLETE_RULE = 'designer.rule-incomplete';

export function draftKey(nodeId: string, path: RulePath): string {
  return [nodeId, ...path].join('/');
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stable(item)}`).join(',')}}`;
}

/**
 * What a rule amounts to, for telling whether it changed: read the way the panel reads rules
 * (leniently), keys in a fixed order; a missing or empty rule reads `none`.
 */
export function ruleSignature(value: unknown): string {
  const [rule] = readDraftRules([value]);

  return rule === undefined || Object.keys(rule).length === 0 ? 'none' : stable(rule);
}

function child(value: unknown, key: string | number): unknown {
  if (typeof key === 'number') return Array.isArray(value) ? value[key] : undefined;

  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

/**
 * The rule at `path` in a node's config as the panel shows it: inside a conditional rule that
 * is itself a draft, the draft's cases count.
 */
export function ruleAt(
  config: Readonly<Record<string, unknown>>,
  place: { nodeId: string; path: RulePath; drafts: RuleDrafts },
): unknown {
  const { nodeId, path, drafts } = place;
  let value: unknown = config;
  path.forEach((key, index) => {
    value = child(value, key);
    const prefix = drafts[draftKey(nodeId, path.slice(0, index + 1))];
    if (prefix && index < path.length - 1) value = prefix.draft;
  });

  return value;
}

/** The drafts that still stand: their node exists and their place holds what they replace. */
export function liveDrafts(bundle: FlowBundle, drafts: RuleDrafts): RuleDraft[] {
  return Object.values(drafts).filter((entry) => {
    const node = bundle.flow.nodes.find((candidate) => candidate.id === entry.nodeId);
    if (!node) return false;
    const rule = ruleAt(node.config, { nodeId: entry.nodeId, path: entry.path, drafts });

    return ruleSignature(rule) === entry.base;
  });
}

/**
 * One error per unfinished rule, on its node, for the issues panel and the canvas: publishing
 * waits until each is finished or removed. `message` words it in the UI language.
 */
export function draftIssues(
  bundle: FlowBundle,
  drafts: RuleDrafts,
  message: (draft: RuleDraft) => string,
): ValidationIssue[] {
  return liveDrafts(bundle, drafts).map((entry) => ({
    code: INCOMPLETE_RULE,
    severity: 'error',
    path: ['flow', 'nodes', bundle.flow.nodes.findIndex((node) => node.id === entry.nodeId)],
    message: message(entry),
    nodeId: entry.nodeId,
  }));
}
