import { describe, expect, it } from 'vitest';
import {
  ifNobodyPatch,
  modePatch,
  readApprovalSettings,
  rejectWhenPatch,
  wholePercent,
} from './approval-settings.ts';

describe('wholePercent', () => {
  it('given fractions and out-of-range shares, when typed, then a whole number within 1–100 is kept', () => {
    expect(wholePercent(33.5)).toBe(34);
    expect(wholePercent(66.4)).toBe(66);
    expect(wholePercent(0)).toBe(1);
    expect(wholePercent(-5)).toBe(1);
    expect(wholePercent(101)).toBe(100);
    expect(wholePercent('67')).toBe(67);
  });

  it('given no number, when typed, then nothing is kept', () => {
    expect(wholePercent(null)).toBeUndefined();
    expect(wholePercent('')).toBeUndefined();
    expect(wholePercent('abc')).toBeUndefined();
    expect(wholePercent(Number.NaN)).toBeUndefined();
  });
});

describe('readApprovalSettings', () => {
  it('given an empty config, when read, then every setting has its default', () => {
    expect(readApprovalSettings({})).toEqual({
      mode: 'any',
      percent: undefined,
      rejectTo: 'initiator',
      rejectWhen: 'first',
      rejectPercent: undefined,
      vetoUserIds: [],
      commentRequired: false,
      ifNobody: 'admin',
      fallbackUserId: undefined,
      initiator: 'skip',
    });
  });

  it('given malformed values, when read, then they fall back to the defaults', () => {
    const settings = readApprovalSettings({
      mode: 'most',
      percent: 150,
      vetoUserIds: ['u1', 3],
      fallbackUserId: '',
      initiator: 7,
    });

    expect(settings).toMatchObject({
      mode: 'any',
      percent: undefined,
      vetoUserIds: ['u1'],
      fallbackUserId: undefined,
      initiator: 'skip',
    });
  });
});

describe('patches', () => {
  const current = readApprovalSettings({});

  it('given a switch to percentage, when patched, then it starts at 50% unless set', () => {
    expect(modePatch('percentage', current)).toEqual({ mode: 'percentage', percent: 50 });
    expect(modePatch('percentage', { ...current, percent: 60 })).toEqual({
      mode: 'percentage',
      percent: 60,
    });
  });

  it('given a switch away from percentage, when patched, then share and threshold go', () => {
    expect(modePatch('all', current)).toEqual({
      mode: 'all',
      percent: undefined,
      rejectWhen: undefined,
      rejectPercent: undefined,
    });
  });

  it('given a reject threshold, when switched on and off, then its share follows', () => {
    expect(rejectWhenPatch('threshold', current)).toEqual({
      rejectWhen: 'threshold',
      rejectPercent: 50,
    });
    expect(rejectWhenPatch('first', current)).toEqual({
      rejectWhen: undefined,
      rejectPercent: undefined,
    });
  });

  it('given a nobody policy other than a named user, when patched, then the fallback user goes', () => {
    expect(ifNobodyPatch('user')).toEqual({ ifNobody: 'user' });
    expect(ifNobodyPatch('refuse')).toEqual({ ifNobody: 'refuse', fallbackUserId: undefined });
  });
});
