import type { FlowBundle, ValidationIssue } from '@baton/schemas';
import type { OrgInfo } from '../canvas/approver-summary.ts';
import { FlowCanvas } from '../canvas/FlowCanvas.tsx';
import { PropertyPanel } from '../canvas/panel/PropertyPanel.tsx';
import type { RunCommand, Selection } from '../canvas/selection.ts';
import { IssuesPanel } from './IssuesPanel.tsx';

/** The Flow tab: palette and canvas on the left, properties and issues on the right. */
export function FlowTab(props: {
  readonly bundle: FlowBundle;
  readonly issues: readonly ValidationIssue[];
  readonly selection: Selection | null;
  readonly onSelect: (selection: Selection | null) => void;
  readonly run: RunCommand;
  readonly org: OrgInfo;
}) {
  return (
    <div className="baton-flow-tab">
      <div className="baton-flow-tab__canvas">
        <FlowCanvas {...props} />
      </div>
      <aside className="baton-flow-tab__side">
        <PropertyPanel
          bundle={props.bundle}
          selection={props.selection}
          onSelect={props.onSelect}
          run={props.run}
          org={props.org}
        />
        <IssuesPanel bundle={props.bundle} issues={props.issues} onSelect={props.onSelect} />
      </aside>
    </div>
  );
}
