import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '@baton/schemas';
import { analyzeJson, issueMarkers } from './json-markers.ts';

function bundle(approvers: unknown[]) {
  return {
    flow: {
      schemaVersion: 1,
      key: 'trip',
      name: { 'zh-CN': '出差', en: 'Trip' },
      nodes: [
        { id: 'start', type: 'start', name: 'Start', config: {} },
        { id: 'a1', type: 'approval', name: 'Approve', config: { approvers } },
        { id: 'end', type: 'end', name: 'End', config: {} },
      ],
      edges: [
        { id: 'e1', source: 'start', target: 'a1' },
        { id: 'e2', source: 'a1', target: 'end' },
      ],
    },
    form: { schemaVersion: 1, fields: [] },
    layout: { positions: {} },
  };
}

const text = JSON.stringify(bundle([]), null, 2);

function marker(path: ValidationIssue['path']): string | undefined {
  const issue: ValidationIssue = { code: 'x', severity: 'warning', path, message: 'm' };
  const [found] = issueMarkers(text, [issue]);

  return found && text.slice(found.start, found.end);
}

describe('issueMarkers', () => {
  it('given an issue path into the flow without its prefix, when marked, then it is found under flow', () => {
    expect(marker(['nodes', 1, 'config', 'approvers'])).toBe('"approvers"');
  });

  it('given bundle paths into the flow or the form, when marked, then they are used as they are', () => {
    expect(marker(['flow', 'key'])).toBe('"trip"');
    expect(marker(['form', 'schemaVersion'])).toBe('1');
  });

  it('given an issue, when marked, then the marker keeps its message and severity', () => {
    const issue: ValidationIssue = { code: 'x', severity: 'warning', path: ['key'], message: 'm' };

    expect(issueMarkers(text, [issue])).toEqual([
      {
        start: text.indexOf('"trip"'),
        end: text.indexOf('"trip"') + 6,
        message: 'm',
        severity: 'warning',
      },
    ]);
  });

  it('given text that is empty, when marked, then no marker is made', () => {
    const issue: ValidationIssue = { code: 'x', severity: 'error', path: ['key'], message: 'm' };

    expect(issueMarkers('', [issue])).toEqual([]);
  });
});

describe('analyzeJson', () => {
  it('given a valid bundle with approvers, when analyzed, then it can be applied and has no markers', () => {
    const valid = JSON.stringify(bundle([{ kind: 'departmentHead' }]), null, 2);
    const analysis = analyzeJson(valid, { org: undefined, locale: 'en' });

    expect(analysis.kind).toBe('parsed');
    expect(analysis.kind === 'parsed' && analysis.bundle?.flow.key).toBe('trip');
    expect(analysis.markers).toEqual([]);
  });

  it('given a bundle the checker flags, when analyzed, then the issue is marked where it is, in the UI language', () => {
    const analysis = analyzeJson(text, { org: undefined, locale: 'zh-CN' });
    const [first] = analysis.markers;

    expect(analysis.kind === 'parsed' && analysis.issueCount).toBe(1);
    expect(first && text.slice(first.start, first.end)).toBe('"approvers"');
    expect(first?.message).toMatch(/Approve.*审批人/);
    expect(first?.severity).toBe('error');
  });

  it('given JSON that is not a bundle, when analyzed, then it cannot be applied but its issues are marked', () => {
    const broken = text.replace('"id": "a1"', '"id": "1a"');
    const analysis = analyzeJson(broken, { org: undefined, locale: 'en' });
    const [first] = analysis.markers;

    expect(analysis.kind === 'parsed' && analysis.bundle).toBeUndefined();
    expect(first && broken.slice(first.start, first.end)).toBe('"1a"');
  });

  it('given text that is not JSON, when analyzed, then one syntax marker sits at the position reported', () => {
    const analysis = analyzeJson('{"a": 1,}', { org: undefined, locale: 'en' });

    expect(analysis.kind).toBe('syntax');
    expect(analysis.markers).toHaveLength(1);
    expect(analysis.markers[0]).toMatchObject({ start: 8, end: 9, severity: 'error' });
  });

  it('given truncated JSON without a reported position, when analyzed, then the marker sits on the last character', () => {
    const analysis = analyzeJson('{"flow": ', { org: undefined, locale: 'en' });

    expect(analysis.markers[0]).toMatchObject({ start: 8, end: 9 });
  });
});
