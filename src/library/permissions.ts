import { type ActionView, ownedBy } from './actions-view';
import type { Library } from './library';
import type { Member } from './roster';

/** The clerk and the chair manage the board's actions and see its attendance. */
export function isPrivileged(member: Member): boolean {
  return member.role === 'clerk' || member.role === 'chair';
}

/**
 * Who may update an action: its owners — named, or through a group they sit on — the clerk and the
 * chair. The one rule behind the update itself, the Update button on every card, and the tab.
 */
export function mayUpdateAction(library: Library, member: Member, action: ActionView): boolean {
  return updatePermission(library, member)(action);
}

/** The same rule for a list of actions: the group lists are read once, not once per action. */
export function updatePermission(library: Library, member: Member): (action: ActionView) => boolean {
  if (isPrivileged(member)) return () => true;
  if (member.personKey === null) return () => false;
  const owns = ownedBy(library.db);
  return (a) => owns(a, member.personKey!, member.name);
}
