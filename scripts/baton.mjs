#!/usr/bin/env node
// The two commands of the README, and the benchmark, on a machine with only Node 20 and npm:
//   npm start   installs the workspace, builds the designer when its sources changed, serves Baton
//   npm test    installs, typechecks, builds, runs every test and prints "N passed, N failed"
//   npm run bench
// pnpm comes through npx at the version pinned in package.json (no global install needed).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;

  return result.status ?? 1;
}

function must(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    process.stderr.write(`baton: ${command} ${args.join(' ')} failed with exit ${status}\n`);
    process.exit(status);
  }
}

function install() {
  must('npx', ['--yes', packageManager, 'install', '--frozen-lockfile', '--reporter=append-only']);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, mtime);
  }

  return newest;
}

function buildDesigner({ always }) {
  const index = join(root, 'designer', 'dist', 'index.html');
  const sources = [join(root, 'designer', 'src'), join(root, 'schemas', 'src')];
  const stale =
    !existsSync(index) || sources.some((dir) => newestMtime(dir) > statSync(index).mtimeMs);
  if (always || stale)
    must(join(root, 'designer', 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
      cwd: join(root, 'designer'),
    });
}

function summarize(reportPath) {
  if (!existsSync(reportPath)) return;
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  process.stdout.write(
    `\n${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped\n`,
  );
}

const command = process.argv[2];
if (command === 'start') {
  install();
  buildDesigner({ always: false });
  process.exit(run(bin('tsx'), ['server/src/cli.ts', 'serve', ...process.argv.slice(3)]));
} else if (command === 'test') {
  install();
  must(bin('tsc'), ['-p', 'tsconfig.json']);
  must(bin('tsc'), ['-p', 'designer/tsconfig.json']);
  must(bin('prettier'), ['--check', '--log-level', 'warn', '.']);
  buildDesigner({ always: true });
  const report = join(root, 'node_modules', '.cache', 'baton-vitest.json');
  const status = run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(3),
  ]);
  summarize(report);
  process.exit(status);
} else if (command === 'bench') {
  install();
  process.exit(run(bin('tsx'), ['tests/bench/run.ts', ...process.argv.slice(3)]));
} else {
  process.stderr.write('usage: node scripts/baton.mjs start|test|bench\n');
  process.exit(2);
}
