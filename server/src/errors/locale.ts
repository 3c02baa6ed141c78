import { Locale } from '@baton/schemas';

/** The cookie that holds the language picked in the designer; it wins over Accept-Language. */
export const LOCALE_COOKIE = 'baton_locale';
// The brief's API notes spell it with a dash; accept both so neither spelling silently fails.
const LOCALE_COOKIE_ALIASES = [LOCALE_COOKIE, 'baton-locale'];

/**
 * Picks the caller's language: the locale cookie when it names a known locale, else the
 * preferred Accept-Language tag that is Chinese (`zh*` → zh-CN) or English; English otherwise.
 */
export function detectLocale(input: {
  cookies: Readonly<Record<string, string | undefined>>;
  acceptLanguage: string | undefined;
}): Locale {
  for (const name of LOCALE_COOKIE_ALIASES) {
    const parsed = Locale.safeParse(input.cookies[name]);
    if (parsed.success) return parsed.data;
  }

  for (const tag of preferredTags(input.acceptLanguage ?? '')) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }

  return 'en';
}

function preferredTags(header: string): string[] {
  const entries = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));

      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.weight > 0);
  entries.sort((a, b) => b.weight - a.weight || a.index - b.index);

  return entries.map((entry) => entry.tag);
}
