import { checkFlow, generateLargeFlow } from '@baton/schemas';
import { median, timeOnce } from './measure.ts';
import type { BenchOptions } from './options.ts';
import type { Section } from './report.ts';

const WARMUP_RUNS = 10;

/**
 * (c) `checkFlow` on a generated valid flow (approvals, condition branches on the amount and
 * parallel blocks; `generateLargeFlow` from @baton/schemas): every run parses the bundle and runs
 * every rule, as the designer's validate and publish do.
 */
export function measureChecker(options: BenchOptions): Section {
  const { checkerRuns, flowSize } = options.sizes;
  const bundle = generateLargeFlow(flowSize);
  let issues = 0;
  for (let run = 0; run < WARMUP_RUNS; run += 1) issues = checkFlow(bundle).length;
  const times: number[] = [];
  for (let run = 0; run < checkerRuns; run += 1) times.push(timeOnce(() => checkFlow(bundle)));
  const size = flowSize.toLocaleString('en-US');

  return {
    title: `(c) checkFlow on a generated ${size}-node flow`,
    notes: [
      `${bundle.flow.nodes.length} nodes, ${bundle.flow.edges.length} edges, ${issues} issues; ` +
        `median of ${checkerRuns} runs after ${WARMUP_RUNS} warm-up runs`,
    ],
    lines: [
      {
        name: `checkFlow, ${size} nodes (median)`,
        value: median(times),
        unit: 'ms',
        target: { op: '<', value: 20 },
      },
      { name: `checkFlow, ${size} nodes (slowest run)`, value: Math.max(...times), unit: 'ms' },
    ],
  };
}
