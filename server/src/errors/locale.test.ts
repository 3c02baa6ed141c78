import { describe, expect, it } from 'vitest';
import { detectLocale } from './locale.ts';

const pick = (acceptLanguage: string | undefined, cookies: Record<string, string> = {}) =>
  detectLocale({ cookies, acceptLanguage });

describe('detectLocale', () => {
  it('prefers the locale cookie over Accept-Language', () => {
    expect(pick('zh-CN', { baton_locale: 'en' })).toBe('en');
    expect(pick('en-US', { 'baton-locale': 'zh-CN' })).toBe('zh-CN');
  });

  it('ignores a cookie that names no known locale', () => {
    expect(pick('zh-CN', { baton_locale: 'fr' })).toBe('zh-CN');
  });

  it('maps every Chinese tag to zh-CN and follows q weights', () => {
    expect(pick('zh-TW')).toBe('zh-CN');
    expect(pick('en;q=0.4, zh-HK;q=0.8')).toBe('zh-CN');
    expect(pick('fr-FR, en-GB;q=0.9, zh;q=0.8')).toBe('en');
  });

  it('falls back to English', () => {
    expect(pick(undefined)).toBe('en');
    expect(pick('fr, de;q=0.5')).toBe('en');
    expect(pick('zh;q=0')).toBe('en');
  });
});
