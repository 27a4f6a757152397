import type { Db } from './db';
import type { NewOutboxMessage, OutboxEntry, OutboxMessage, OutboxRepository, OutboxState } from './repositories';
import type { Sync } from './sync';

/**
 * Messages waiting to go to Teams, and the reasons already answered (a reason is a primary key,
 * so two processes planning the same reminder queue it once).
 */
export class SqliteOutbox implements Sync<OutboxRepository> {
  constructor(private readonly db: Db) {}

  enqueue(messages: NewOutboxMessage[], at: string): number {
    const insert = this.db.prepare(
      `INSERT INTO outbox (kind, person, user_key, board, meeting_date, actions_json, activity_json, state, next_attempt_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)`,
    );
    const claim = this.db.prepare('INSERT INTO reminder_reasons (reason, outbox_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
    const drop = this.db.prepare('DELETE FROM outbox WHERE id = ?');
    let queued = 0;
    this.db.transaction(() => {
      for (const m of messages) {
        const id = Number(
          insert.run(m.kind, m.person, m.userKey, m.board, m.meetingDate, JSON.stringify(m.actions), JSON.stringify(m.activity), at, at, at).lastInsertRowid,
        );
        const claimed = m.reasons.reduce((n, reason) => n + claim.run(reason, id).changes, 0);
        if (claimed) queued++;
        else drop.run(id);
      }
    })();
    return queued;
  }

  wasSent(reason: string): boolean {
    return this.db.prepare('SELECT 1 FROM reminder_reasons WHERE reason = ?').pluck().get(reason) !== undefined;
  }

  sending(): { id: number; kind: string; person: string }[] {
    return this.db.prepare("SELECT id, kind, person FROM outbox WHERE state = 'sending'").all() as { id: number; kind: string; person: string }[];
  }

  nextDue(now: string): OutboxMessage | null {
    return (
      (this.db
        .prepare(
          "SELECT id, kind, person, user_key, activity_json, attempts FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1",
        )
        .get(now) as OutboxMessage | undefined) ?? null
    );
  }

  earliestPending(): string | null {
    return (this.db.prepare("SELECT min(next_attempt_at) FROM outbox WHERE state = 'pending'").pluck().get() as string | null) ?? null;
  }

  claim(id: number, at: string): boolean {
    return (
      this.db.prepare("UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ? AND state = 'pending'").run(at, id).changes > 0
    );
  }

  markSent(id: number, activityId: string | null, at: string): void {
    this.db.prepare("UPDATE outbox SET state = 'sent', activity_id = ?, error = NULL, updated_at = ? WHERE id = ?").run(activityId, at, id);
  }

  retryAt(id: number, next: string, error: string, at: string): void {
    this.db.prepare("UPDATE outbox SET state = 'pending', next_attempt_at = ?, error = ?, updated_at = ? WHERE id = ?").run(next, error, at, id);
  }

  finish(id: number, state: OutboxState, error: string, at: string): void {
    this.db.prepare('UPDATE outbox SET state = ?, error = ?, updated_at = ? WHERE id = ?').run(state, error, at, id);
  }

  log(): OutboxEntry[] {
    const rows = this.db
      .prepare('SELECT id, kind, person, meeting_date, actions_json, state, attempts, created_at, error FROM outbox ORDER BY id DESC')
      .all() as {
      id: number;
      kind: string;
      person: string;
      meeting_date: string | null;
      actions_json: string;
      state: OutboxState;
      attempts: number;
      created_at: string;
      error: string | null;
    }[];
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      person: r.person,
      meetingDate: r.meeting_date,
      actions: JSON.parse(r.actions_json) as string[],
      state: r.state,
      attempts: r.attempts,
      createdAt: r.created_at,
      error: r.error,
    }));
  }
}
