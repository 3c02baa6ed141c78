import type { Engine } from '@baton/runtime/storage';
import { approveStep, startRequest, type OpenTask } from './baton-store.ts';
import { median, perSecond, spread, timeBatch, type Round } from './measure.ts';
import type { BenchOptions } from './options.ts';
import { PLAIN_STEP, type PlainLoop } from './plain-loops.ts';
import type { Line } from './report.ts';

/** The approval steps each benchmark request offers (manager, finance, executive). */
const STEPS_PER_REQUEST = 3;

export const APPROVAL_STEP_NOTES = [
  'approval step = one engine.approve() on a single-approver task: it reads the request, decides',
  '  the task, advances the request (opens the next approval, or completes the request after',
  '  the third) and writes, all or nothing, the instance (version-checked), events, task rows',
  '  and a notification job; requests take their 3 steps round-robin, one command at a time',
  PLAIN_STEP,
];

type Contenders = { label: string; engine: Engine; plain: PlainLoop };

/**
 * Approval steps per second through the engine against the plain loop on the same database.
 * Requests are started first (timed on their own, not part of the comparison); then the rounds
 * alternate which side goes first; each figure is the median of its rounds, the ratio the
 * median of the per-round ratios.
 */
export async function comparePersisted(sides: Contenders, options: BenchOptions): Promise<Line[]> {
  const { sizes } = options;
  const steps = sizes.warmupSteps + sizes.rounds * sizes.stepsPerRound;
  const requests = Math.ceil(steps / STEPS_PER_REQUEST);
  const queue: OpenTask[] = [];
  const starts = await timeBatch(requests, async () => {
    queue.push(await startRequest(sides.engine));
  });
  let plainSteps = 0;
  const approveNext = async () => {
    const task = queue.shift();
    if (!task) throw new Error('the benchmark ran out of open tasks: seed more requests');
    const next = await approveStep(sides.engine, task);
    if (next) queue.push(next);
  };
  const plainNext = () => sides.plain.step(plainSteps++);

  await timeBatch(sizes.warmupSteps, approveNext);
  await timeBatch(sizes.warmupSteps * 4, plainNext);
  const rounds: { baton: Round; plain: Round }[] = [];
  for (let round = 0; round < sizes.rounds; round += 1) {
    const batonFirst = round % 2 === 0;
    const first = await timeBatch(sizes.stepsPerRound, batonFirst ? approveNext : plainNext);
    const second = await timeBatch(sizes.stepsPerRound, batonFirst ? plainNext : approveNext);
    rounds.push(batonFirst ? { baton: first, plain: second } : { baton: second, plain: first });
  }

  return linesOf(sides.label, { starts, rounds }, options);
}

function linesOf(
  label: string,
  measured: { starts: Round; rounds: readonly { baton: Round; plain: Round }[] },
  options: BenchOptions,
): Line[] {
  const baton = median(measured.rounds.map((r) => perSecond(r.baton)));
  const plain = median(measured.rounds.map((r) => perSecond(r.plain)));
  // Each round's two sides ran back to back: their ratio cancels most of the machine's drift.
  const ratios = measured.rounds.map((r) => (100 * perSecond(r.baton)) / perSecond(r.plain));
  const perRound = measured.rounds
    .map((r) => `${perSecond(r.baton).toFixed(0)}/${perSecond(r.plain).toFixed(0)}`)
    .join(' ');

  return [
    { name: `${label}: Baton approval steps`, value: baton, unit: 'steps/s' },
    { name: `${label}: plain insert+update loop`, value: plain, unit: 'tx/s' },
    {
      name: `${label}: Baton ÷ plain loop`,
      value: median(ratios),
      unit: '%',
      target: { op: '>=', value: 50 },
      note: `rounds ${spread(ratios)} %${options.verbose ? `; baton/plain: ${perRound}` : ''}`,
    },
    {
      name: `${label}: Baton starts (seeding, no target)`,
      value: perSecond(measured.starts),
      unit: 'starts/s',
    },
  ];
}
