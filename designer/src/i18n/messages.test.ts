import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adminWorkEn } from '../admin-work/messages-en.ts';
import { adminWorkZh } from '../admin-work/messages-zh-CN.ts';
import { diagramEn, diagramZh } from '../canvas/diagram-messages.ts';
import { deadlinesEn } from '../canvas/panel/deadline-messages-en.ts';
import { deadlinesZh } from '../canvas/panel/deadline-messages-zh-CN.ts';
import { delegationEn } from '../delegation/messages-en.ts';
import { delegationZh } from '../delegation/messages-zh-CN.ts';
import { rulesEn } from '../canvas/panel/rules-messages-en.ts';
import { rulesZh } from '../canvas/panel/rules-messages-zh-CN.ts';
import { flowTestEn } from '../flow-test/messages-en.ts';
import { flowTestZh } from '../flow-test/messages-zh-CN.ts';
import { flowsEn } from '../flows/messages-en.ts';
import { flowsZh } from '../flows/messages-zh-CN.ts';
import { formBuilderEn } from '../form-builder/messages-en.ts';
import { formBuilderZh } from '../form-builder/messages-zh-CN.ts';
import { masterDataEn } from '../master-data/messages-en.ts';
import { masterDataZh } from '../master-data/messages-zh-CN.ts';
import { orgAdminEn } from '../org-admin/messages-en.ts';
import { orgAdminZh } from '../org-admin/messages-zh-CN.ts';
import { previewEn } from '../preview/messages-en.ts';
import { previewZh } from '../preview/messages-zh-CN.ts';
import { notificationsEn } from '../notifications/messages-en.ts';
import { notificationsZh } from '../notifications/messages-zh-CN.ts';
import { inboxPageEn, inboxPageZh } from '../workspace/inbox/messages.ts';
import { requestPageEn, requestPageZh } from '../workspace/request/request-messages.ts';
import { coreNamespaces, coreResources } from './resources.ts';

/** Every namespace the designer ships: the core ones and those areas register themselves. */
const namespaces: Record<string, { 'zh-CN': object; en: object }> = {
  ...Object.fromEntries(
    coreNamespaces.map((name) => [
      name,
      { 'zh-CN': coreResources['zh-CN'][name], en: coreResources.en[name] },
    ]),
  ),
  flows: { 'zh-CN': flowsZh, en: flowsEn },
  formBuilder: { 'zh-CN': formBuilderZh, en: formBuilderEn },
  masterData: { 'zh-CN': masterDataZh, en: masterDataEn },
  diagram: { 'zh-CN': diagramZh, en: diagramEn },
  requestPage: { 'zh-CN': requestPageZh, en: requestPageEn },
  inboxPage: { 'zh-CN': inboxPageZh, en: inboxPageEn },
  rules: { 'zh-CN': rulesZh, en: rulesEn },
  preview: { 'zh-CN': previewZh, en: previewEn },
  flowTest: { 'zh-CN': flowTestZh, en: flowTestEn },
  orgAdmin: { 'zh-CN': orgAdminZh, en: orgAdminEn },
  deadlines: { 'zh-CN': deadlinesZh, en: deadlinesEn },
  delegation: { 'zh-CN': delegationZh, en: delegationEn },
  adminWork: { 'zh-CN': adminWorkZh, en: adminWorkEn },
  notifications: { 'zh-CN': notificationsZh, en: notificationsEn },
};

/** Hooks that return a namespace's `t` (`const t = useFlowsT()`), by name. */
const namespaceHooks: Readonly<Record<string, string>> = {
  useFlowsT: 'flows',
  useFormBuilderT: 'formBuilder',
  useMasterDataT: 'masterData',
  useRulesT: 'rules',
  usePreviewT: 'preview',
  useFlowTestT: 'flowTest',
  useOrgAdminT: 'orgAdmin',
  useDeadlinesT: 'deadlines',
  useDelegationT: 'delegation',
  useAdminWorkT: 'adminWork',
  useNotificationsT: 'notifications',
};

/** Each leaf of a message tree as `[dotted key, value]`. */
function leaves(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix === '' ? key : `${prefix}.${key}`;

    return typeof value === 'object' && value !== null ? leaves(value, path) : [[path, value]];
  });
}

/** The names a message interpolates, each once: `{{version}}` may appear twice in one language. */
function placeholders(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  const names = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '');

  return [...new Set(names)].sort();
}

describe.each(Object.entries(namespaces))('the %s namespace', (_name, { 'zh-CN': zh, en }) => {
  const zhLeaves = new Map(leaves(zh));
  const enLeaves = new Map(leaves(en));

  it('given both languages, when compared, then they have the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...zhLeaves.keys()].sort());
  });

  it('given every message, when read, then it is a string with text in it', () => {
    const bad = [...zhLeaves, ...enLeaves].filter(
      ([, value]) => typeof value !== 'string' || value.trim() === '',
    );

    expect(bad).toEqual([]);
  });

  it('given a message, when translated, then both languages use the same placeholders', () => {
    const mismatched = [...zhLeaves].filter(
      ([key, value]) => placeholders(value).join() !== placeholders(enLeaves.get(key)).join(),
    );

    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});

describe('core resources', () => {
  it('given the core namespace list, when compared with the resources, then each language has exactly them', () => {
    expect(Object.keys(coreResources['zh-CN']).sort()).toEqual([...coreNamespaces].sort());
    expect(Object.keys(coreResources.en).sort()).toEqual([...coreNamespaces].sort());
  });
});

// The keys the components pass to `t` as literals, read from the source: a key that is renamed
// in the messages but not in a component shows as the raw key in the UI, which no type catches.
describe('message keys used by the source', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const zhTrees: Record<string, object> = Object.fromEntries(
    Object.entries(namespaces).map(([name, languages]) => [name, languages['zh-CN']]),
  );

  function sourceFiles(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);

      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
    });
  }

  /** Which namespace each `t`-like name of a file is bound to (`useTranslation('x')`, `useFlowsT()`). */
  function bindings(source: string): Map<string, Set<string>> {
    const found = new Map<string, Set<string>>();
    const bind = (name: string, namespace: string) =>
      found.set(name, (found.get(name) ?? new Set()).add(namespace));
    for (const match of source.matchAll(
      /const \{\s*t(?:\s*:\s*(\w+))?\s*\} = useTranslation\('(\w+)'\)/g,
    ))
      bind(match[1] ?? 't', match[2] ?? '');
    for (const match of source.matchAll(/const (\w+) = (use\w+T)\(\)/g)) {
      const namespace = namespaceHooks[match[2] ?? ''];
      if (namespace) bind(match[1] ?? '', namespace);
    }

    return found;
  }

  function lookUp(tree: object | undefined, key: string): unknown {
    let node: unknown = tree;
    for (const part of key.split('.')) {
      if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
      node = Reflect.get(node, part);
    }

    return node;
  }

  /** A message, or plural forms of one (`key_one`, `key_other`) for calls with a count. */
  function hasMessage(tree: object | undefined, key: string): boolean {
    return (
      typeof lookUp(tree, key) === 'string' || typeof lookUp(tree, `${key}_other`) === 'string'
    );
  }

  it('given every literal key a component translates, when looked up in its namespace, then a message exists', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of sourceFiles(root)) {
      const source = readFileSync(file, 'utf8');
      const bound = bindings(source);
      for (const [, name = '', key = ''] of source.matchAll(/\b(\w+)\(\s*'([\w.-]+)'/g)) {
        const spaces = bound.get(name);
        if (!spaces) continue;
        checked += 1;
        if (![...spaces].some((space) => hasMessage(zhTrees[space], key)))
          missing.push(`${file.slice(root.length)}: ${name}('${key}') in ${[...spaces].join('|')}`);
      }
    }

    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
