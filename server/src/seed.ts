import { replaceOrg, type StorageHandle } from '@baton/runtime/storage';
import { DEMO_PASSWORD, demoOrg, templates } from '@baton/templates';
import { hashPassword } from './auth/password.ts';
import { createFlow } from './flows/drafts.ts';
import { publishDraft } from './flows/publish.ts';
import { seedMasterData } from './seed-master-data.ts';

export type SeedResult = {
  /** True when the demo org was written (the database had no users). */
  readonly orgSeeded: boolean;
  /** Template keys created and published as v1 by this call. */
  readonly published: readonly string[];
  /** True when the demo master data was written (the database had none). */
  readonly masterDataSeeded: boolean;
};

/**
 * First-start data, safe to run on every start:
 * - with no users in the database, the demo org, every user with the demo password (hashed
 *   once and shared, so seeding stays fast);
 * - each template whose flow key does not exist yet, created with the template as its draft
 *   (revision 1) and published as v1. Existing flows are never touched;
 * - with no master data at all, the demo cost centres, suppliers and projects.
 */
export async function seedDemo(
  handle: StorageHandle,
  options: { now?: () => Date } = {},
): Promise<SeedResult> {
  const now = options.now ?? (() => new Date());
  const users = await handle.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .executeTakeFirstOrThrow();
  const orgSeeded = Number(users.count) === 0;
  if (orgSeeded) {
    const hash = await hashPassword(DEMO_PASSWORD);
    await replaceOrg(handle.db, demoOrg, () => hash);
  }

  const published: string[] = [];
  for (const template of templates) {
    const exists = await handle.db
      .selectFrom('flows')
      .select('key')
      .where('key', '=', template.key)
      .executeTakeFirst();
    if (exists) continue;
    await createFlow(handle, {
      key: template.key,
      bundle: template.bundle,
      actorId: null,
      now: now(),
    });
    await publishDraft(handle, { key: template.key, actorId: null, now: now(), locale: 'en' });
    published.push(template.key);
  }

  const masterDataSeeded = await seedMasterData(handle.db, now());

  return { orgSeeded, published, masterDataSeeded };
}
