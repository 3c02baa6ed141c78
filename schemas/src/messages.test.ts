import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { issueMessages, phrases, schemasErrors } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const here = fileURLToPath(new URL('.', import.meta.url));

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sources(full);

    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

describe('message catalogue', () => {
  const all = { ...issueMessages, ...phrases, ...schemasErrors };
  // Each catalogue on its own: a code may be both an issue and an error (document.too-deep).
  const entries = [issueMessages, phrases, schemasErrors].flatMap((catalogue) =>
    Object.entries(catalogue),
  );

  it.each(entries)('has %s in both languages with the same placeholders', (_code, texts) => {
    expect(texts.en.trim()).not.toBe('');
    expect(texts['zh-CN'].trim()).not.toBe('');
    expect(placeholders(texts['zh-CN'])).toEqual(placeholders(texts.en));
  });

  it('has every issue code the package uses', () => {
    // given every quoted code that names a catalogue family in the package sources
    const families =
      /^(expr|form|node|edge|flow|branch|parallel|join|approval|cc|approver|schema|document|layout|org|policy|range|field-kind|where|list)\./;
    const used = new Set<string>();
    for (const file of sources(here)) {
      for (const match of readFileSync(file, 'utf8').matchAll(
        /'([a-z]+\.[a-z-]+(?:\.[a-z-]+)?)'/g,
      )) {
        if (families.test(match[1] ?? '')) used.add(match[1] ?? '');
      }
    }

    // then each has catalogue text
    const missing = [...used].filter((code) => !Object.hasOwn(all, code));
    expect(used.size).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });
});
