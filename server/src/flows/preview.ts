import { ApprovalConfig, checkFlow, type FlowBundle, type Locale } from '@baton/schemas';
import {
  pickRulesOf,
  previewRoute,
  type Picks,
  type PreviewInput,
  type RoutePreview,
} from '@baton/runtime';
import {
  loadOrg,
  loadPublishedFlow,
  type BatonDatabase,
  type Engine,
} from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { fail, serverIssue } from '../messages.ts';
import { refuseInvalid } from './publish.ts';
import { requireFlow, requireVersion } from './records.ts';

type Db = Kysely<BatonDatabase>;

/** Which content of a flow to preview: its draft, its latest published version, or a version. */
export type PreviewSource = 'draft' | 'published' | number;

/**
 * The bundle to preview. A draft with checker errors is refused (`flow.invalid` with its
 * issues): its route cannot be trusted. `flow.not-found`, `storage.flow-not-published` and
 * `flow.version-not-found` as their names say.
 */
export async function previewBundle(
  db: Db,
  flow: { key: string; source: PreviewSource; locale: Locale },
): Promise<FlowBundle> {
  const record = await requireFlow(db, flow.key);
  if (flow.source === 'draft') {
    refuseInvalid(checkFlow(record.draft, { org: await loadOrg(db), locale: flow.locale }));

    return record.draft;
  }
  if (flow.source === 'published') return (await loadPublishedFlow(db, flow.key)).bundle;

  return (await requireVersion(db, flow.key, flow.source)).bundle;
}

/**
 * What a request with these values would do, on the org as stored now (see `previewRoute`).
 * An initiator who does not exist or is disabled is refused (`input.invalid` at `initiatorId`):
 * a disabled user cannot submit, so nothing they would submit can be previewed.
 */
export async function previewOn(
  engine: Engine,
  preview: { bundle: FlowBundle; input: PreviewInput; now: Date; locale: Locale },
): Promise<RoutePreview> {
  const org = await engine.orgDirectory();
  const { initiatorId } = preview.input;
  const initiator = org.getUser(initiatorId);
  if (!initiator || initiator.disabled) {
    const place = { path: ['initiatorId'], locale: preview.locale };
    const code = initiator ? 'input.disabled-user' : 'input.unknown-user';
    const issue = serverIssue(code, { id: initiatorId }, place);
    throw fail('input.invalid', {}, { issues: [issue] });
  }

  return previewRoute(preview.bundle, preview.input, { org, now: preview.now.toISOString() });
}

/**
 * The picks of a sample that apply to `bundle`: those for its steps that have a pick rule. A
 * sample is kept across versions, so it may hold picks for a step that picks in the draft but
 * not in the published version (or no longer exists): previewing that version ignores them
 * rather than refusing the whole route.
 */
export function picksForBundle(bundle: FlowBundle, picks: Picks | undefined): Picks | undefined {
  if (!picks) return undefined;
  const picking = new Set(
    bundle.flow.nodes
      .filter((node) => {
        const config = ApprovalConfig.safeParse(node.config);

        return config.success && pickRulesOf(config.data.approvers).length > 0;
      })
      .map((node) => node.id),
  );

  return Object.fromEntries(Object.entries(picks).filter(([nodeId]) => picking.has(nodeId)));
}
