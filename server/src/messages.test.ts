import { describe, expect, it } from 'vitest';
import { catalogues, translate } from './errors/catalogue.ts';
import { schemaIssueTexts } from './errors/schema-messages.ts';
import { instanceStatusNames, serverMessages } from './messages.ts';
import { InstanceStatus } from '@baton/runtime';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('error catalogues', () => {
  it('gives every server code a zh-CN and an en message with the same placeholders', () => {
    for (const [code, entry] of Object.entries(serverMessages)) {
      expect(entry['zh-CN'].trim(), code).not.toBe('');
      expect(entry.en.trim(), code).not.toBe('');
      expect(placeholders(entry['zh-CN']), code).toEqual(placeholders(entry.en));
    }
  });

  it('gives every input issue text and every request status both languages', () => {
    for (const [key, entry] of Object.entries(schemaIssueTexts)) {
      expect(placeholders(entry['zh-CN']), key).toEqual(placeholders(entry.en));
    }
    expect(Object.keys(instanceStatusNames).sort()).toEqual([...InstanceStatus.options].sort());
  });

  it('has exactly one owner for every code across the packages', () => {
    const owners = new Map<string, string[]>();
    for (const { owner, messages } of catalogues) {
      for (const code of Object.keys(messages))
        owners.set(code, [...(owners.get(code) ?? []), owner]);
    }
    const shared = [...owners].filter(([, list]) => list.length > 1);

    expect(shared).toEqual([]);
  });

  it('translates a code of any package with its params', () => {
    expect(translate('flow.not-found', { key: 'expense' }, 'en')).toBe(
      'Flow expense does not exist.',
    );
    expect(translate('flow.not-found', { key: 'expense' }, 'zh-CN')).toBe('流程 expense 不存在。');
    expect(translate('task.not-assignee', { taskId: 't1' }, 'en')).toBe(
      'Task t1 is not assigned to you',
    );
    expect(translate('no.such-code', {}, 'en')).toBeUndefined();
  });
});
