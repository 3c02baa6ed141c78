import { describe, expect, it } from 'vitest';
import { formatMessage } from './errors.ts';

describe('formatMessage', () => {
  it('fills every placeholder, including one used twice and one at either end', () => {
    const text = formatMessage('{who} approved {step}; {who} commented', {
      who: '王芳',
      step: 'M',
    });

    expect(text).toBe('王芳 approved M; 王芳 commented');
    expect(formatMessage('{n}', { n: 3 })).toBe('3');
  });

  it('keeps a placeholder it has no value for, so a missing parameter shows', () => {
    expect(formatMessage('Step {step} of {flow}', { step: 'finance' })).toBe(
      'Step finance of {flow}',
    );
  });

  it('leaves text without placeholders, and braces that are not placeholders, as they are', () => {
    expect(formatMessage('No issues', {})).toBe('No issues');
    expect(formatMessage('{ not one } {}', { not: 'x' })).toBe('{ not one } {}');
  });

  it('gives the same text on a second call with the cached template and other values', () => {
    formatMessage('{a}-{b}', { a: 1, b: 2 });

    expect(formatMessage('{a}-{b}', { a: 'x', b: 'y' })).toBe('x-y');
  });
});
