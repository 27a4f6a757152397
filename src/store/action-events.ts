import type { ActionState, ActionStatus } from '../extract/model';
import type { Db } from './db';

export interface ActionUpdate {
  actionId: string;
  /** Who made the change (a person's name as the roster knows them). */
  actor: string;
  /** When, as an ISO instant. */
  at: string;
  /** 'member-update': one member's own state of a group action (forPerson); 'correct': the clerk's correction. */
  kind: 'update' | 'reassign' | 'set-due' | 'member-update' | 'correct';
  /** For a group action: the person (key) this state is for; the action itself is unchanged. */
  forPerson?: string;
  /** Corrections: why, new wording, hidden ('not-an-action', 'merged:ID'), what the document said, where a missed action was agreed. */
  why?: string;
  text?: string;
  hidden?: string;
  documentSaid?: unknown;
  added?: unknown;
  status?: ActionStatus;
  state?: ActionState;
  note?: string;
  proposedDue?: string;
  due?: string;
  owners?: { written: string; kind: string; personKey: string | null; display: string }[];
  /** The version of the action the change was made against (from the card or screen). */
  expectedVersion: number;
  /** The same submission delivered twice is recorded once (per action). */
  idempotencyKey: string;
}

export type UpdateOutcome =
  { outcome: 'recorded'; version: number } | { outcome: 'duplicate'; version: number } | { outcome: 'stale'; version: number } | { outcome: 'not-found' };

/**
 * Records what a member did to an action, as an event beside what the documents say (ingestion
 * never touches these). A change made against an older version is refused, so nobody overwrites
 * an update they have not seen; a repeated submission is recognised and recorded once.
 */
export function recordActionUpdate(db: Db, u: ActionUpdate): UpdateOutcome {
  return db.transaction((): UpdateOutcome => {
    const action = db.prepare('SELECT version FROM actions WHERE id = ?').get(u.actionId) as { version: number } | undefined;
    if (!action) return { outcome: 'not-found' };
    // Keyed per action: a card id reused on another action is that action's own submission, not a repeat.
    // (Rows written before keys were per action hold the bare card id; it still counts for its own action.)
    const key = `${u.actionId}\n${u.idempotencyKey}`;
    const seen = db.prepare('SELECT action_id FROM action_events WHERE action_id = ? AND idempotency_key IN (?, ?)').get(u.actionId, key, u.idempotencyKey) as
      { action_id: string } | undefined;
    if (seen) return { outcome: 'duplicate', version: action.version };
    if (action.version !== u.expectedVersion) return { outcome: 'stale', version: action.version };
    db.prepare(
      `INSERT INTO action_events (action_id, at, actor, kind, status, state, note, proposed_due, due, owners_json, idempotency_key,
                                  for_person, why, text, hidden, document_said_json, added_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      u.actionId,
      u.at,
      u.actor,
      u.kind,
      u.status ?? null,
      u.state ?? null,
      u.note ?? null,
      u.proposedDue ?? null,
      u.due ?? null,
      u.owners ? JSON.stringify(u.owners) : null,
      key,
      u.forPerson ?? null,
      u.why ?? null,
      u.text ?? null,
      u.hidden ?? null,
      u.documentSaid === undefined ? null : JSON.stringify(u.documentSaid),
      u.added === undefined ? null : JSON.stringify(u.added),
    );
    db.prepare('UPDATE actions SET version = version + 1 WHERE id = ?').run(u.actionId);
    return { outcome: 'recorded', version: action.version + 1 };
  })();
}
