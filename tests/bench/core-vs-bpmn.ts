import { parseBpmnOnce, bpmnXmlSource, runBpmnEngineRequest } from './bpmn-engine-side.ts';
import { runCoreRequest } from './core-side.ts';
import { median, perSecond, spread, timeFor, timeForSync, type Round } from './measure.ts';
import type { BenchOptions } from './options.ts';
import type { Section } from './report.ts';

// Above the 5,000 threshold: both engines take the branch with the three approvals.
const AMOUNT = '12345.67';
const AMOUNT_MINOR = 1_234_567;
const APPROVALS = 3;

function coreRequest(index: number): void {
  const approvals = runCoreRequest(index, AMOUNT);
  if (approvals !== APPROVALS) throw new Error(`core made ${approvals} approvals`);
}

function bpmnRequest(from: Parameters<typeof runBpmnEngineRequest>[1]) {
  return async () => {
    const approvals = await runBpmnEngineRequest(AMOUNT_MINOR, from);
    if (approvals !== APPROVALS) throw new Error(`bpmn-engine made ${approvals} approvals`);
  };
}

/**
 * (a) Completed requests per second of the pure core (`decide`, in memory) against bpmn-engine on
 * the same flow. Each round times the three contenders one after the other; every figure is
 * the median of its rounds; the ratio (median of per-round ratios) is taken against bpmn-engine's
 * faster variant.
 */
export async function measureCoreVsBpmn(options: BenchOptions): Promise<Section> {
  const { sizes } = options;
  const parsedOnce = bpmnRequest(await parseBpmnOnce());
  const parsedEach = bpmnRequest(bpmnXmlSource);
  timeForSync(sizes.coreRoundMs, coreRequest);
  await timeFor(sizes.bpmnRoundMs / 2, parsedOnce);
  await timeFor(sizes.bpmnRoundMs / 2, parsedEach);

  const rounds: { core: Round; once: Round; each: Round }[] = [];
  for (let round = 0; round < sizes.rounds; round += 1) {
    const core = timeForSync(sizes.coreRoundMs, coreRequest);
    const once = await timeFor(sizes.bpmnRoundMs, parsedOnce);
    const each = await timeFor(sizes.bpmnRoundMs, parsedEach);
    rounds.push({ core, once, each });
  }
  const core = median(rounds.map((r) => perSecond(r.core)));
  const once = median(rounds.map((r) => perSecond(r.once)));
  const each = median(rounds.map((r) => perSecond(r.each)));
  const ratios = rounds.map(
    (r) => perSecond(r.core) / Math.max(perSecond(r.once), perSecond(r.each)),
  );

  return {
    title: '(a) runtime core in memory vs bpmn-engine: completed requests per second',
    notes: [
      'flow: start → exclusive branch on amount → 3 approvals in sequence → end; amount 12,345.67',
      '(3 approvals per request); one request at a time; each approval decided as soon as it waits',
      `median of ${sizes.rounds} rounds after warm-up (core ${sizes.coreRoundMs} ms, ` +
        `bpmn-engine ${sizes.bpmnRoundMs} ms per round; ratio: median of per-round ratios)`,
      ...(options.verbose ? roundNotes(rounds) : []),
    ],
    lines: [
      { name: 'core decide(), in memory', value: core, unit: 'req/s' },
      { name: 'bpmn-engine, XML parsed once', value: once, unit: 'req/s' },
      { name: 'bpmn-engine, XML parsed per request', value: each, unit: 'req/s' },
      {
        name: 'core ÷ bpmn-engine (faster variant)',
        value: median(ratios),
        unit: '×',
        target: { op: '>=', value: 100 },
        note: `rounds ${spread(ratios)} ×`,
      },
    ],
  };
}

function roundNotes(rounds: readonly { core: Round; once: Round; each: Round }[]): string[] {
  return rounds.map(
    (r, i) =>
      `round ${i + 1}: core ${perSecond(r.core).toFixed(0)}, ` +
      `bpmn once ${perSecond(r.once).toFixed(1)}, ` +
      `per request ${perSecond(r.each).toFixed(1)} req/s`,
  );
}
