import type { Db } from './db';
import type { AuditRepository } from './repositories';
import type { Sync } from './sync';

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}

/** Writes one audit entry; call it inside the transaction that makes the change. */
export function audit(db: Db, e: AuditEntry): void {
  db.prepare('INSERT INTO audit (at, actor, action, target, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?)').run(
    e.at,
    e.actor,
    e.action,
    e.target,
    e.before === undefined ? null : JSON.stringify(e.before),
    e.after === undefined ? null : JSON.stringify(e.after),
  );
}

export function auditLog(db: Db): AuditEntry[] {
  const rows = db.prepare('SELECT at, actor, action, target, before_json, after_json FROM audit ORDER BY id').all() as {
    at: string;
    actor: string;
    action: string;
    target: string;
    before_json: string | null;
    after_json: string | null;
  }[];
  return rows.map((r) => ({
    at: r.at,
    actor: r.actor,
    action: r.action,
    target: r.target,
    before: r.before_json ? JSON.parse(r.before_json) : null,
    after: r.after_json ? JSON.parse(r.after_json) : null,
  }));
}

/** The audit trail: who changed what, when, from what to what. */
export class SqliteAudit implements Sync<AuditRepository> {
  constructor(private readonly db: Db) {}

  record(e: AuditEntry): void {
    audit(this.db, e);
  }

  all(): AuditEntry[] {
    return auditLog(this.db);
  }
}
