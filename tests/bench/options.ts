export const SECTIONS = ['core', 'sqlite', 'postgres', 'checker', 'forms'] as const;
export type SectionKey = (typeof SECTIONS)[number];

/** Run sizes: `--quick` trades steadiness for a run of a few seconds. */
export type Sizes = {
  /** Rounds per comparison; each figure is the median of its rounds. */
  rounds: number;
  /** Milliseconds per round for the in-memory core and for bpmn-engine. */
  coreRoundMs: number;
  bpmnRoundMs: number;
  /** Approval steps (and plain transactions) per round of the storage comparisons. */
  stepsPerRound: number;
  warmupSteps: number;
  /** Timed `checkFlow` runs on the generated flow, and its size in nodes. */
  checkerRuns: number;
  flowSize: number;
  /** Timed keystrokes and full validations of the 200-row line-item form. */
  formKeystrokes: number;
  formValidations: number;
  /** Keystrokes typed into the 200-row table in Chromium. */
  typingKeystrokes: number;
};

export type BenchOptions = {
  quick: boolean;
  verbose: boolean;
  only: ReadonlySet<SectionKey>;
  /** A server URL with the right to create databases; the benchmark creates and drops its own. */
  pgAdminUrl: string;
  /** The designer build the browser figure is served (`BATON_BENCH_DESIGNER_DIST`); default: this checkout's. */
  designerDist: string | undefined;
  sizes: Sizes;
};

const FULL: Sizes = {
  rounds: 9,
  coreRoundMs: 400,
  bpmnRoundMs: 1000,
  stepsPerRound: 300,
  warmupSteps: 60,
  checkerRuns: 50,
  flowSize: 1000,
  formKeystrokes: 200,
  formValidations: 30,
  typingKeystrokes: 40,
};

const QUICK: Sizes = {
  rounds: 3,
  coreRoundMs: 150,
  bpmnRoundMs: 300,
  stepsPerRound: 100,
  warmupSteps: 20,
  checkerRuns: 50,
  flowSize: 1000,
  formKeystrokes: 30,
  formValidations: 5,
  typingKeystrokes: 8,
};

const USAGE = `usage: pnpm bench [--quick] [--verbose] [--only=${SECTIONS.join(',')}]
  --quick     a short run (fewer, shorter rounds): a smoke test, not figures to quote
  --verbose   print every round
  --only=…    run only these parts
  BATON_BENCH_PG_URL  PostgreSQL admin URL (default postgres://postgres@127.0.0.1:5432/postgres)
  BATON_BENCH_DESIGNER_DIST  the designer build to type into (default designer/dist)`;

/** Parses the command line; prints usage and exits on `--help` or an unknown flag. */
export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  let quick = false;
  let verbose = false;
  let only = new Set<SectionKey>(SECTIONS);
  for (const arg of argv) {
    if (arg === '--quick') quick = true;
    else if (arg === '--verbose') verbose = true;
    else if (arg.startsWith('--only=')) only = parseOnly(arg.slice('--only='.length));
    else exitWithUsage(arg === '--help' || arg === '-h' ? 0 : 2);
  }
  const pgAdminUrl = env['BATON_BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const designerDist = env['BATON_BENCH_DESIGNER_DIST'];

  return { quick, verbose, only, pgAdminUrl, designerDist, sizes: quick ? QUICK : FULL };
}

function parseOnly(list: string): Set<SectionKey> {
  const keys = list.split(',').filter((key) => key !== '');
  const known = new Set<string>(SECTIONS);
  if (keys.length === 0 || keys.some((key) => !known.has(key))) exitWithUsage(2);

  return new Set(SECTIONS.filter((key) => keys.includes(key)));
}

function exitWithUsage(code: number): never {
  (code === 0 ? process.stdout : process.stderr).write(`${USAGE}\n`);
  process.exit(code);
}
