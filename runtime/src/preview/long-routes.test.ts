import { describe, expect, it } from 'vitest';
import { createOrgDirectory } from '../approvers/org-directory.ts';
import { approval, bundleOf, sequence, user } from '../core/testing.ts';
import { previewRoute } from './preview.ts';

/** u0 reports to u1, u1 to u2, … up to u{levels}, the top. */
function tallOrg(levels: number) {
  const users = Array.from({ length: levels + 1 }, (_, index) =>
    user(`u${index}`, 'hq', index < levels ? `u${index + 1}` : null),
  );
  const departments = [{ id: 'hq', name: 'HQ', parentId: null, headId: `u${levels}` }];

  return createOrgDirectory({ users, departments });
}

const input = { initiatorId: 'u0', values: { amount: '1.00' } };

describe('previewRoute of long routes (M5)', () => {
  it('follows a chain of 150 supervisors approving one after another to the end', () => {
    const chain = approval('chain', [{ kind: 'supervisorChain', end: { kind: 'top' } }], {
      mode: 'sequential',
    });

    const preview = previewRoute(sequence([chain]), input, { org: tallOrg(150) });

    expect(preview.outcome).toBe('completed');
    expect(preview.steps[0]?.assignees).toHaveLength(150);
  });

  it('refuses a route that loops without end as too long to preview, in both languages', () => {
    const bundle = bundleOf(
      [
        { id: 'start', type: 'start' },
        approval('again', [{ kind: 'user', userIds: ['u1'] }]),
        { id: 'loop', type: 'exclusive' },
        { id: 'end', type: 'end' },
      ],
      [
        { source: 'start', target: 'again' },
        { source: 'again', target: 'loop' },
        { source: 'loop', target: 'again', condition: 'amount >= 0', priority: 1 },
        { source: 'loop', target: 'end', isDefault: true },
      ],
    );

    const preview = previewRoute(bundle, input, { org: tallOrg(2) });

    expect(preview.outcome).toBe('refused');
    expect(preview.refusal).toEqual({
      code: 'preview.too-long',
      message: {
        'zh-CN': '审批路径太长，无法预览：超过 100 个步骤或 5000 次审批',
        en: 'The route is too long to preview: more than 100 steps or 5000 approvals',
      },
    });
  });
});
