import type { FlowBundle } from '../flow/bundle.ts';
import type { FlowEdge } from '../flow/flow.ts';
import type { NodeCapabilities } from '../flow/node-kinds.ts';
import { type Locale, resolveText } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { type IssuePlace, createIssue } from '../issue-factory.ts';
import type { IssueCode, MessageParams } from '../messages.ts';
import type { Org } from '../org/org.ts';
import type { FlowIndex } from './flow-index.ts';

type Extra = Partial<Omit<IssuePlace, 'locale'>>;

/** What every rule reads, and where it reports. @internal */
export class CheckContext {
  readonly issues: ValidationIssue[] = [];

  constructor(
    readonly bundle: FlowBundle,
    readonly index: FlowIndex,
    readonly locale: Locale,
    readonly org: Org | undefined,
  ) {}

  nodeName(position: number): string {
    const node = this.index.nodes[position];

    return node ? resolveText(node.name, this.locale) : '';
  }

  /** The name of the node with this id, or the id itself when there is none. */
  nameOf(nodeId: string): string {
    const position = this.index.byId.get(nodeId);

    return position === undefined ? nodeId : this.nodeName(position);
  }

  capabilities(position: number): NodeCapabilities {
    return this.index.kinds[position]?.capabilities ?? {};
  }

  report(
    code: IssueCode,
    params: MessageParams,
    place: Extra & { path: IssuePlace['path'] },
  ): void {
    this.issues.push(createIssue(code, params, { ...place, locale: this.locale }));
  }

  /** An issue about a node: its name is the `node` parameter. */
  atNode(position: number, code: IssueCode, params: MessageParams = {}, extra: Extra = {}): void {
    const node = this.index.nodes[position];
    this.report(
      code,
      { node: this.nodeName(position), ...params },
      {
        path: ['flow', 'nodes', position],
        nodeId: node?.id,
        ...extra,
      },
    );
  }

  /** An issue about an edge: its ends' names are the `source` and `target` parameters. */
  atEdge(at: number, code: IssueCode, params: MessageParams = {}, extra: Extra = {}): void {
    const edge: FlowEdge | undefined = this.bundle.flow.edges[at];
    const ends = edge ? { source: this.nameOf(edge.source), target: this.nameOf(edge.target) } : {};
    this.report(
      code,
      { ...ends, ...params },
      { path: ['flow', 'edges', at], edgeId: edge?.id, ...extra },
    );
  }
}
