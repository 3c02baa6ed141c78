import { measureChecker } from './checker.ts';
import { measureCoreVsBpmn } from './core-vs-bpmn.ts';
import { measureForms } from './forms.ts';
import { parseOptions, SECTIONS, type BenchOptions, type SectionKey } from './options.ts';
import { formatSections, machineLine, summaryLine, type Section } from './report.ts';
import { measurePostgres } from './storage-postgres.ts';
import { measureSqlite } from './storage-sqlite.ts';

/**
 * `pnpm bench`: measures every figure of the benchmark in one run on this machine and prints a
 * table with targets. Exits 0 when a figure misses its target (a benchmark reports, it does not
 * gate); exits 1 only when a part could not run at all.
 */
const parts: Record<
  SectionKey,
  { label: string; run(o: BenchOptions): Promise<Section> | Section }
> = {
  core: { label: 'core vs bpmn-engine', run: measureCoreVsBpmn },
  sqlite: { label: 'SQLite', run: measureSqlite },
  postgres: { label: 'PostgreSQL', run: measurePostgres },
  checker: { label: 'checker', run: measureChecker },
  forms: { label: 'forms', run: measureForms },
};

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const startedAt = new Date();
  const sections: Section[] = [];
  let failed = false;
  for (const key of SECTIONS) {
    const part = parts[key];
    if (!options.only.has(key)) continue;
    process.stderr.write(`bench: measuring ${part.label}…\n`);
    try {
      sections.push(await part.run(options));
    } catch (error) {
      failed = true;
      process.stderr.write(`bench: ${part.label} failed: ${String(error)}\n`);
      if (error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    }
  }
  const mode = options.quick ? ' (--quick: a smoke run, not figures to quote)' : '';
  process.stdout.write(`Baton benchmark${mode}\n${machineLine(startedAt)}\n`);
  if (sections.length > 0) process.stdout.write(`${formatSections(sections)}\n`);
  process.stdout.write(`\n${summaryLine(sections)}${failed ? ', some parts failed' : ''}\n`);

  return failed ? 1 : 0;
}

process.exitCode = await main();
