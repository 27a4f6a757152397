import { type ActionView, ownedBy } from './actions-view';
import type { Library } from './library';
import type { Member } from './roster';
import { canSeeBoard } from './scope';

/** The clerk and the chair manage their board's actions and see its attendance. */
export function isPrivileged(member: Member): boolean {
  return member.role === 'clerk' || member.role === 'chair';
}

/**
 * Who may update an action: its owners — named, or through a group they sit on — and the clerk and
 * the chair of its board (a clerk of another board, even one named as an owner, only as an owner).
 * The one rule behind the update itself, the Update button on every card, and the tab.
 */
export async function mayUpdateAction(library: Library, member: Member, action: ActionView): Promise<boolean> {
  return (await updatePermission(library, member))(action);
}

/** The same rule for a list of actions: the group lists are read once, not once per action. */
export async function updatePermission(library: Library, member: Member): Promise<(action: ActionView) => boolean> {
  const owns = member.personKey === null ? null : await ownedBy(library.store);
  return (a) => (isPrivileged(member) && canSeeBoard(member, a.board)) || (owns !== null && owns(a, member.personKey!, member.name));
}
