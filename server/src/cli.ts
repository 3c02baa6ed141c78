import { ConfigError } from './config.ts';
import { runCli } from './cli/commands.ts';

// The `baton` command: `tsx src/cli.ts serve | migrate | seed | validate <file.json>`.
try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
  });
} catch (error) {
  const message =
    error instanceof ConfigError
      ? error.message
      : `baton failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exitCode = error instanceof ConfigError ? 2 : 1;
}
