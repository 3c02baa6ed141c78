import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '@baton/schemas';
import { orgIssueMarkers, orgText, parseOrgText } from './org-text.ts';

const text = orgText({
  users: [
    { id: 'u-a', supervisorId: 'u-b' },
    { id: 'u-b', supervisorId: 'u-a' },
  ],
});

describe('orgIssueMarkers', () => {
  it('given an issue about a user, when marked, then the marker sits on that user', () => {
    const [marker] = orgIssueMarkers(text, [
      {
        code: 'org.supervisor-cycle',
        severity: 'error',
        path: ['users', 1, 'supervisorId'],
        message: 'cycle',
      },
    ]);

    expect(marker && text.slice(marker.start, marker.end)).toBe('"u-a"');
    expect(marker?.severity).toBe('error');
  });

  it('given an issue whose path is not in the text, when marked, then the nearest place is', () => {
    const issue: ValidationIssue = {
      code: 'x',
      severity: 'warning',
      path: ['groups', 3],
      message: 'm',
    };
    const [marker] = orgIssueMarkers(text, [issue]);

    expect(marker?.start).toBe(0);
  });
});

describe('parseOrgText', () => {
  it('given JSON, when parsed, then the value comes back', () => {
    expect(parseOrgText('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('given broken JSON, when parsed, then a marker points into the text', () => {
    const parsed = parseOrgText('{"a": }');

    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.marker.start).toBeLessThan(7);
  });
});
