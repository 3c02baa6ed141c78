import { describe, expect, it } from 'vitest';
import { explain } from '../approvers/explanations.ts';
import { alreadyApproved, coreNotes, note } from './notes.ts';
import { graphOf } from './graph.ts';
import { createOrgDirectory } from '../approvers/org-directory.ts';

describe('core notes', () => {
  it.each(Object.entries(coreNotes))('%s has zh-CN and en text', (_code, entry) => {
    expect(entry['zh-CN'].trim()).not.toBe('');
    expect(entry.en.trim()).not.toBe('');
  });

  it('stores a note with its code and both texts', () => {
    expect(note('note.distinct-relaxed')).toEqual({
      code: 'note.distinct-relaxed',
      text: coreNotes['note.distinct-relaxed'],
    });
  });

  it("names the earlier step in the reader's language", () => {
    const node = {
      id: 'mgr',
      type: 'approval',
      name: { 'zh-CN': '经理审批', en: 'Manager' },
      config: {},
    };
    const start = { id: 'start', type: 'start', name: 'Start', config: {} };
    const flow = {
      schemaVersion: 1 as const,
      key: 'f',
      name: 'F',
      nodes: [start, node],
      edges: [],
    };
    const org = createOrgDirectory({ users: [], departments: [] });
    const step = {
      id: 's1',
      nodeId: 'mgr',
      round: 1,
      status: 'approved' as const,
      mode: 'any' as const,
      tokenId: 't',
      startedAt: '',
    };
    const fact = alreadyApproved(org, graphOf(flow), { userId: 'wang.fang', step });

    expect(explain(fact, 'zh-CN')).toContain('经理审批');
    expect(explain(fact, 'en')).toContain('Manager');
    expect(explain(fact, 'en')).not.toContain('经理审批');
  });
});
