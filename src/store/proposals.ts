import type { Db } from './db';
import type { ProposalRepository } from './repositories';
import type { Sync } from './sync';

export type ProposalKind = 'due' | 'not-mine';
export type ProposalState = 'pending' | 'accepted' | 'declined';

export interface Proposal {
  id: number;
  actionId: string;
  kind: ProposalKind;
  person: string;
  personKey: string | null;
  proposedDue: string | null;
  note: string | null;
  at: string;
  state: ProposalState;
  decidedBy: string | null;
  decidedAt: string | null;
}

/**
 * Records what a member proposed with an update (a new due date, "this isn't mine") for the clerk
 * to accept or decline. A newer proposal of the same kind by the same member replaces a pending one.
 * Call inside the update's transaction.
 */
export function recordProposals(
  db: Db,
  p: { actionId: string; person: string; personKey: string | null; at: string; proposedDue: string | null; notMine: boolean; note: string | null },
): void {
  const insert = (kind: ProposalKind, due: string | null) => {
    db.prepare("DELETE FROM proposals WHERE action_id = ? AND person = ? AND kind = ? AND state = 'pending'").run(p.actionId, p.person, kind);
    db.prepare('INSERT INTO proposals (action_id, kind, person, person_key, proposed_due, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      p.actionId,
      kind,
      p.person,
      p.personKey,
      due,
      p.note,
      p.at,
    );
  };
  if (p.proposedDue) insert('due', p.proposedDue);
  if (p.notMine) insert('not-mine', null);
}

interface Row {
  id: number;
  action_id: string;
  kind: ProposalKind;
  person: string;
  person_key: string | null;
  proposed_due: string | null;
  note: string | null;
  at: string;
  state: ProposalState;
  decided_by: string | null;
  decided_at: string | null;
}

function fromRow(r: Row): Proposal {
  return {
    id: r.id,
    actionId: r.action_id,
    kind: r.kind,
    person: r.person,
    personKey: r.person_key,
    proposedDue: r.proposed_due,
    note: r.note,
    at: r.at,
    state: r.state,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  };
}

export function listProposals(db: Db, state: ProposalState | 'all' = 'pending'): Proposal[] {
  const rows = (
    state === 'all'
      ? db.prepare('SELECT * FROM proposals ORDER BY at, id').all()
      : db.prepare('SELECT * FROM proposals WHERE state = ? ORDER BY at, id').all(state)
  ) as Row[];
  return rows.map(fromRow);
}

export function getProposal(db: Db, id: number): Proposal | null {
  const r = db.prepare('SELECT * FROM proposals WHERE id = ?').get(id) as Row | undefined;
  return r ? fromRow(r) : null;
}

/** Marks a pending proposal decided; false when someone already decided it. */
export function decideProposalRow(db: Db, id: number, state: 'accepted' | 'declined', by: string, at: string): boolean {
  return db.prepare("UPDATE proposals SET state = ?, decided_by = ?, decided_at = ? WHERE id = ? AND state = 'pending'").run(state, by, at, id).changes > 0;
}

/** What members proposed with their updates, and the clerk's decisions. */
export class SqliteProposals implements Sync<ProposalRepository> {
  constructor(private readonly db: Db) {}

  record(p: Parameters<typeof recordProposals>[1]): void {
    recordProposals(this.db, p);
  }

  list(state: ProposalState | 'all' = 'pending'): Proposal[] {
    return listProposals(this.db, state);
  }

  get(id: number): Proposal | null {
    return getProposal(this.db, id);
  }

  decide(id: number, state: 'accepted' | 'declined', by: string, at: string): boolean {
    return decideProposalRow(this.db, id, state, by, at);
  }
}
