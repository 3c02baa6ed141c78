import { cpus, loadavg, platform, release } from 'node:os';

/** A goal for one figure: at least (`>=`) or below (`<`) `value`. */
export type Target = { op: '>=' | '<'; value: number };

/** One printed figure. `value: null` means it could not be measured (see `note`). */
export type Line = {
  name: string;
  value: number | null;
  unit: string;
  target?: Target;
  note?: string;
};

export type Section = { title: string; notes: readonly string[]; lines: readonly Line[] };

export type Verdict = 'PASS' | 'MISS' | 'SKIP' | '';

export function verdictOf(line: Line): Verdict {
  if (!line.target) return '';
  if (line.value === null || Number.isNaN(line.value)) return 'SKIP';
  const { op, value } = line.target;
  const met = op === '>=' ? line.value >= value : line.value < value;

  return met ? 'PASS' : 'MISS';
}

function formatNumber(value: number | null): string {
  if (value === null || Number.isNaN(value)) return 'n/a';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;

  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function formatTarget(line: Line): string {
  if (!line.target) return '';
  const op = line.target.op === '>=' ? '≥' : '<';

  return `(target ${op} ${formatNumber(line.target.value)} ${line.unit})`;
}

/** The table: one row per figure, `name  value  unit  (target …)  PASS/MISS`. */
export function formatSections(sections: readonly Section[]): string {
  const lines = sections.flatMap((section) => section.lines);
  const nameWidth = Math.max(...lines.map((line) => line.name.length));
  const valueWidth = Math.max(...lines.map((line) => formatNumber(line.value).length));
  const unitWidth = Math.max(...lines.map((line) => line.unit.length));
  const targetWidth = Math.max(...lines.map((line) => formatTarget(line).length));
  const out: string[] = [];
  for (const section of sections) {
    out.push('', section.title, ...section.notes.map((note) => `  ${note}`));
    for (const line of section.lines) {
      const cells = [
        `  ${line.name.padEnd(nameWidth)}`,
        formatNumber(line.value).padStart(valueWidth),
        line.unit.padEnd(unitWidth),
        formatTarget(line).padEnd(targetWidth),
        verdictOf(line).padEnd(4),
        line.note ?? '',
      ];
      out.push(cells.join('  ').trimEnd());
    }
  }

  return out.join('\n');
}

/** Where and when the figures were taken: they only compare within one run. */
export function machineLine(now: Date): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? 'unknown cpu';
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

  return [
    `date ${now.toISOString()}`,
    `node ${process.version}`,
    `${platform()} ${release()}`,
    `${cores.length} cpus (${model})`,
    `load ${load}`,
  ].join(' · ');
}

/** One line per verdict kind, e.g. `5 PASS, 1 MISS`. */
export function summaryLine(sections: readonly Section[]): string {
  const counts = new Map<Verdict, number>();
  for (const line of sections.flatMap((section) => section.lines)) {
    const verdict = verdictOf(line);
    if (verdict !== '') counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
  }

  return [...counts].map(([verdict, count]) => `${count} ${verdict}`).join(', ');
}
