import type { OrgDirectory } from './org-directory.ts';

/**
 * The params that name a person, a role, a position or a group in an explanation. Each keeps
 * its machine value for programs (`user`: the username, or the id when the org lacks the user;
 * `role`: the key) next to the words the texts read: `{userName}` (the person's display name)
 * and the pair `{roleZh}` / `{roleEn}` (the role's name in each language). A name the org lacks
 * falls back to the machine value. Names are read when the explanation is built, so stored
 * texts keep them when the org changes later.
 */
export type NameParams = Readonly<Record<string, string>>;

/** Who an explanation names: a user, or an id the org lacks standing in for both. */
export type Named = { readonly username: string; readonly name: string };

/** A person as `as` (default `user`): `{as}` their username, `{asName}` their name. */
export function personParams(person: Named, as = 'user'): NameParams {
  return { [as]: person.username, [`${as}Name`]: person.name };
}

/** The user with this id, or the id itself when the org lacks them. */
export function named(org: OrgDirectory, userId: string): Named {
  return org.getUser(userId) ?? { username: userId, name: userId };
}

/** A person by id as `as`: their params when the org knows them, else the id for both. */
export function personById(org: OrgDirectory, userId: string, as = 'user'): NameParams {
  return personParams(named(org, userId), as);
}

/** What `keyParams` names: a kind of keyed org entry. */
export type KeyKind = 'role' | 'position' | 'group';

function entry(org: OrgDirectory, kind: KeyKind, key: string) {
  switch (kind) {
    case 'role':
      return org.getRole(key);
    case 'position':
      return org.getPosition(key);
    case 'group':
      return org.getGroup(key);
  }
}

/** A role, position or group: `{kind}` its key, `{kindZh}` / `{kindEn}` its name in each language. */
export function keyParams(org: OrgDirectory, kind: KeyKind, key: string): NameParams {
  const name = entry(org, kind, key)?.name;
  const zh = name?.['zh-CN'];
  const en = name?.en;

  return { [kind]: key, [`${kind}Zh`]: zh ? zh : key, [`${kind}En`]: en ? en : key };
}

/** Users' names along a walk (a cycle of ids), the id for one the org lacks. */
export function namesOf(org: OrgDirectory, userIds: readonly string[]): string[] {
  return userIds.map((id) => org.getUser(id)?.name ?? id);
}
