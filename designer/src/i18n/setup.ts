import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@baton/schemas';
import { isLocale } from './locale.ts';
import { coreNamespaces, coreResources } from './resources.ts';

const STORAGE_KEY = 'baton_locale';
/** The server reads the caller's language from this cookie (and from Accept-Language). */
const COOKIE_NAME = 'baton_locale';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The languages Baton ships, in the order the switcher shows them. */
export const SUPPORTED_LOCALES: readonly Locale[] = ['zh-CN', 'en'];

function readStoredLocale(): Locale | undefined {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);

    return isLocale(stored) ? stored : undefined;
  } catch {
    // Storage may be disabled (private mode, policies): fall back to the browser's preference.
    return undefined;
  }
}

/** zh-CN unless the user chose otherwise before or the browser's first preference is English. */
export function detectLocale(): Locale {
  const stored = readStoredLocale();
  if (stored) return stored;
  const preferred = navigator.languages[0] ?? navigator.language;

  return preferred.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

function rememberLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.cookie = `${COOKIE_NAME}=${locale}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Without storage the choice lasts for this page only; the cookie still carries it.
  }
}

/** The shared i18next instance, initialized synchronously with every core namespace. */
export const i18n = i18next.createInstance();

const initialLocale = detectLocale();
void i18n.use(initReactI18next).init({
  resources: coreResources,
  lng: initialLocale,
  fallbackLng: 'zh-CN',
  supportedLngs: [...SUPPORTED_LOCALES],
  ns: [...coreNamespaces],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
rememberLocale(initialLocale);

/** The language the UI shows now. */
export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'zh-CN';
}

/** Switches the UI language, remembers it (localStorage) and tells the server (cookie). */
export async function setLocale(locale: Locale): Promise<void> {
  rememberLocale(locale);
  await i18n.changeLanguage(locale);
}

/**
 * Adds a feature area's messages under its own namespace, in both languages. Call it once at
 * module load of the area, before its components render:
 *
 * ```ts
 * registerNamespace('flows', { 'zh-CN': zhFlows, en: enFlows });
 * // then: const { t } = useTranslation('flows');
 * ```
 */
export function registerNamespace(
  namespace: string,
  resources: Readonly<Record<Locale, object>>,
): void {
  for (const locale of SUPPORTED_LOCALES) {
    i18n.addResourceBundle(locale, namespace, resources[locale], true, true);
  }
}
