import { EventEmitter } from 'node:events';
import { Engine, type BpmnEngineOptions } from 'bpmn-engine';

/**
 * The benchmark flow in BPMN for bpmn-engine: start → exclusive gateway on amount → three user
 * tasks in sequence → end, with a default flow straight to the end. The condition is a script
 * condition, the form bpmn-engine documents for comparisons on variables.
 */
export const benchmarkBpmn = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="bench" targetNamespace="http://baton.local/bench">
  <process id="expense" isExecutable="true">
    <startEvent id="start" />
    <exclusiveGateway id="threshold" default="toEndSmall" />
    <userTask id="manager" />
    <userTask id="finance" />
    <userTask id="executive" />
    <endEvent id="end" />
    <endEvent id="endSmall" />
    <sequenceFlow id="toThreshold" sourceRef="start" targetRef="threshold" />
    <sequenceFlow id="toManager" sourceRef="threshold" targetRef="manager">
      <conditionExpression xsi:type="tFormalExpression" language="js">next(null, environment.variables.amountMinor &gt;= 500000)</conditionExpression>
    </sequenceFlow>
    <sequenceFlow id="toEndSmall" sourceRef="threshold" targetRef="endSmall" />
    <sequenceFlow id="toFinance" sourceRef="manager" targetRef="finance" />
    <sequenceFlow id="toExecutive" sourceRef="finance" targetRef="executive" />
    <sequenceFlow id="toEnd" sourceRef="executive" targetRef="end" />
  </process>
</definitions>`;

/**
 * What bpmn-engine starts a request from: the XML (parsed again on every request), or the
 * serialized source context it makes from the XML, parsed once and shared by every request.
 */
export type BpmnSource = Pick<BpmnEngineOptions, 'source' | 'sourceContext'>;

/** The XML form: bpmn-engine parses it on every request. */
export const bpmnXmlSource: BpmnSource = { source: benchmarkBpmn };

type SourceSerializer = {
  _serializeSource(source: string): Promise<NonNullable<BpmnEngineOptions['sourceContext']>>;
};

/**
 * Parses the XML once into the serialized context the `sourceContext` option takes: the fastest
 * way to run bpmn-engine, so the comparison does not count its XML parsing against it.
 */
export async function parseBpmnOnce(): Promise<BpmnSource> {
  // The engine's own parse-and-serialize step (the same one `source` goes through), called once.
  // The documented route needs bpmn-moddle and moddle-context-serializer as direct dependencies.
  const probe = new Engine({ name: 'parse' }) as unknown as SourceSerializer;

  return { sourceContext: await probe._serializeSource(benchmarkBpmn) };
}

/** Runs one request to completion on bpmn-engine, approving each user task as it waits. */
export function runBpmnEngineRequest(
  amountMinor: number,
  from: BpmnSource = bpmnXmlSource,
): Promise<number> {
  const listener = new EventEmitter();
  let approvals = 0;
  listener.on('wait', (api: { signal(message?: unknown): void }) => {
    approvals += 1;
    api.signal({ approved: true });
  });
  const engine = new Engine({ name: 'bench', ...from, variables: { amountMinor } });

  return new Promise((resolve, reject) => {
    engine.once('end', () => resolve(approvals));
    engine.once('error', reject);
    engine.execute({ listener }).catch(reject);
  });
}
