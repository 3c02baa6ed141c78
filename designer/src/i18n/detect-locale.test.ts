import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// setup.ts reads the browser's storage, languages and cookie. The designer project runs in node
// without a DOM, so these tests give it the few browser objects it touches, as plain objects.

type Browser = {
  stored: Map<string, string>;
  storageFails: boolean;
  languages: string[];
  language: string;
  cookie: string;
  lang: string;
};

const browser: Browser = {
  stored: new Map(),
  storageFails: false,
  languages: [],
  language: 'zh-CN',
  cookie: '',
  lang: '',
};

const localStorage = {
  getItem(key: string): string | null {
    if (browser.storageFails) throw new Error('storage disabled');

    return browser.stored.get(key) ?? null;
  },
  setItem(key: string, value: string): void {
    if (browser.storageFails) throw new Error('storage disabled');
    browser.stored.set(key, value);
  },
};

beforeAll(() => {
  vi.stubGlobal('window', { localStorage });
  vi.stubGlobal('navigator', {
    get languages() {
      return browser.languages;
    },
    get language() {
      return browser.language;
    },
  });
  vi.stubGlobal('document', {
    documentElement: {
      set lang(value: string) {
        browser.lang = value;
      },
    },
    set cookie(value: string) {
      browser.cookie = value;
    },
  });
});

afterAll(() => {
  vi.unstubAllGlobals();
});

beforeEach(() => {
  Object.assign(browser, {
    stored: new Map(),
    storageFails: false,
    languages: [],
    language: 'zh-CN',
  });
});

async function setup() {
  return import('./setup.ts');
}

describe('detectLocale', () => {
  it('given nothing stored and a Chinese browser, when detected, then it is zh-CN', async () => {
    const { detectLocale } = await setup();
    browser.languages = ['zh-CN', 'en'];

    expect(detectLocale()).toBe('zh-CN');
  });

  it('given nothing stored and an English browser, when detected, then it is en', async () => {
    const { detectLocale } = await setup();
    browser.languages = ['en-GB', 'zh-CN'];

    expect(detectLocale()).toBe('en');
  });

  it('given English only as a second preference, when detected, then it is zh-CN', async () => {
    const { detectLocale } = await setup();
    browser.languages = ['fr-FR', 'en-US'];

    expect(detectLocale()).toBe('zh-CN');
  });

  it('given no language list, when detected, then the single browser language decides', async () => {
    const { detectLocale } = await setup();
    browser.language = 'EN-us';

    expect(detectLocale()).toBe('en');
  });

  it('given a stored choice, when detected, then it wins over the browser', async () => {
    const { detectLocale } = await setup();
    browser.languages = ['en-US'];
    browser.stored.set('baton_locale', 'zh-CN');

    expect(detectLocale()).toBe('zh-CN');
  });

  it('given a stored value that is not a locale, when detected, then the browser decides', async () => {
    const { detectLocale } = await setup();
    browser.languages = ['en-US'];
    browser.stored.set('baton_locale', 'fr');

    expect(detectLocale()).toBe('en');
  });

  it('given storage that throws, when detected, then the browser decides', async () => {
    const { detectLocale } = await setup();
    browser.languages = ['en-US'];
    browser.storageFails = true;

    expect(detectLocale()).toBe('en');
  });
});

describe('setLocale', () => {
  it('given a new language, when set, then it is stored, sent as a cookie and shown', async () => {
    const { setLocale, currentLocale } = await setup();

    await setLocale('en');

    expect(currentLocale()).toBe('en');
    expect(browser.stored.get('baton_locale')).toBe('en');
    expect(browser.cookie).toMatch(/^baton_locale=en; path=\/; max-age=\d+; samesite=lax$/);
    expect(browser.lang).toBe('en');
  });

  it('given storage that throws, when set, then the cookie still carries the choice', async () => {
    const { setLocale, currentLocale } = await setup();
    browser.storageFails = true;

    await setLocale('zh-CN');

    expect(currentLocale()).toBe('zh-CN');
    expect(browser.cookie).toMatch(/^baton_locale=zh-CN;/);
  });
});
