import { describe, expect, it } from 'vitest';
import { safeNextPath } from './session.ts';

describe('safeNextPath', () => {
  it('given a path inside the app, when signing in, then it is where the user goes', () => {
    expect(safeNextPath('/requests/inst-1?tab=form')).toBe('/requests/inst-1?tab=form');
    expect(safeNextPath('/flows/expense#json')).toBe('/flows/expense#json');
  });

  it('given no next path, when signing in, then the user goes home', () => {
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath('')).toBe('/');
  });

  it('given another site or a relative path, when signing in, then the user goes home', () => {
    for (const next of [
      'https://evil.example/',
      '//evil.example/x',
      'javascript:alert(1)',
      'inbox',
    ]) {
      expect(safeNextPath(next)).toBe('/');
    }
  });

  it('given the sign-in page itself, when signing in, then the user goes home instead of looping', () => {
    expect(safeNextPath('/sign-in?next=%2Finbox')).toBe('/');
  });

  // Regression: browsers read a backslash or a tab after the first slash as a second slash, and
  // `..` can collapse to one, so these used to pass as paths while leading to another site.
  it('given a path the browser resolves to another site, when signing in, then the user goes home', () => {
    for (const next of [
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/..//evil.example',
    ]) {
      expect(safeNextPath(next)).toBe('/');
    }
  });
});
