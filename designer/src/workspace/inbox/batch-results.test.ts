import { describe, expect, it } from 'vitest';
import { batchable, BATCH_LIMIT, summarizeBatch } from './batch-results.ts';

const titles = new Map([
  ['t1', '费用报销 · 陈杰'],
  ['t2', '费用报销 · 杨帆'],
  ['t3', '采购申请 · 宋丽'],
]);

describe('summarizeBatch', () => {
  it('given two approved and one refused, when summed up, then it counts them and names the refusal with its reason', () => {
    const summary = summarizeBatch(
      [
        { taskId: 't1', ok: true },
        { taskId: 't2', ok: true },
        {
          taskId: 't3',
          ok: false,
          error: { code: 'task.already-decided', message: '这项待办已处理或已取消' },
        },
      ],
      titles,
      'refused',
    );

    expect(summary).toEqual({
      approved: 2,
      refused: [{ taskId: 't3', title: '采购申请 · 宋丽', reason: '这项待办已处理或已取消' }],
    });
  });

  it('given a refusal without a message for a task the inbox no longer lists, when summed up, then the id and the fallback reason show', () => {
    const summary = summarizeBatch([{ taskId: 'gone', ok: false }], titles, 'Refused');

    expect(summary).toEqual({
      approved: 0,
      refused: [{ taskId: 'gone', title: 'gone', reason: 'Refused' }],
    });
  });

  it('given no results, when summed up, then nothing was approved or refused', () => {
    expect(summarizeBatch([], titles, 'x')).toEqual({ approved: 0, refused: [] });
  });
});

describe('batchable', () => {
  it('given selected tasks some of whose steps forbid batch approval, when filtered, then only the allowed ones remain in inbox order', () => {
    const items = [
      { id: 'a', batchApprove: true },
      { id: 'b', batchApprove: false },
      { id: 'c', batchApprove: true },
      { id: 'd', batchApprove: true },
    ];

    expect(batchable(items, new Set(['d', 'b', 'a'])).map((item) => item.id)).toEqual(['a', 'd']);
  });

  it('given more selected tasks than the server takes, when filtered, then the batch stops at the limit', () => {
    const items = Array.from({ length: BATCH_LIMIT + 5 }, (_, index) => ({
      id: `t${index}`,
      batchApprove: true,
    }));

    expect(batchable(items, new Set(items.map((item) => item.id)))).toHaveLength(BATCH_LIMIT);
  });
});
