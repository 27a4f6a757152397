import type { OutboxEntry, OutboxMessage, OutboxState, Store } from '../store/repositories';
import { RateLimiter } from './limits';
import type { PlannedReminder } from './plan';

/** What sending one message to Teams came to. Never thrown: a failure is a value. */
export type SendResult = { ok: true; id: string | null } | { ok: false; status: number; retryAfterMs: number | null; error: string };

/** The Teams side, implemented in bot/ (src/ never talks to Teams itself). */
export interface Messenger {
  send(reference: ConversationRef, activity: Record<string, unknown>): Promise<SendResult>;
}

/** The parts of a stored conversation reference the outbox reads. */
export interface ConversationRef {
  serviceUrl?: string;
  conversation?: { id?: string; tenantId?: string };
  [k: string]: unknown;
}

export type { OutboxEntry, OutboxState };

type Row = OutboxMessage;

const RETRYABLE = new Set([0, 408, 412, 429, 500, 502, 503, 504]);
/** Teams says the bot may no longer write there: removed, blocked, or the conversation is gone. */
const GONE = new Set([403, 404]);

/**
 * Puts planned reminders in the outbox, each with its reasons, in one transaction. A reason is a
 * primary key, so a reminder whose reasons were all taken (by another process a moment ago) is
 * not queued at all.
 */
export async function enqueue(
  store: Store,
  reminders: PlannedReminder[],
  render: (r: PlannedReminder) => Record<string, unknown> | Promise<Record<string, unknown>>,
  now: Date,
): Promise<number> {
  // Rendered first (cards read the library), then queued in one call.
  const activities: Record<string, unknown>[] = [];
  for (const r of reminders) activities.push(await render(r));
  return await store.outbox.enqueue(
    reminders.map((r, i) => ({
      kind: r.kind,
      person: r.to,
      userKey: r.userKey,
      board: r.board,
      meetingDate: r.meetingDate,
      actions: r.actions,
      activity: activities[i]!,
      reasons: r.reasons,
    })),
    now.toISOString(),
  );
}

export interface OutboxOptions {
  /** Milliseconds since the epoch from the library's clock: the one time every queue, claim and retry uses. */
  now: () => number;
  sleep?: (ms: number) => Promise<void>;
  limiter?: RateLimiter;
  maxAttempts?: number;
  /** 0..1, for the jitter in back-off; injectable so tests are repeatable. */
  random?: () => number;
  /** Called between a send and recording its result. Tests use it to crash at the worst moment. */
  afterSend?: (outboxId: number, result: SendResult) => void;
}

export interface DrainReport {
  sent: number;
  retried: number;
  failed: number;
  undeliverable: number;
  /** Taken by another process while this one waited. */
  skipped: number;
}

/**
 * Sends what the outbox holds, in order, within Teams' limits. Each message is marked 'sending'
 * (committed) before the call and 'sent' after it; retryable answers (429, 412, 5xx, no answer)
 * are tried again later with back-off and jitter, never sooner than Retry-After; 403/404 mean the
 * member removed the app or blocked it: recorded, the conversation forgotten, never retried.
 */
export class Outbox {
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly limiter: RateLimiter;
  private readonly maxAttempts: number;
  private readonly random: () => number;

  constructor(
    private readonly store: Store,
    private readonly messenger: Messenger,
    private readonly opts: OutboxOptions,
  ) {
    this.now = opts.now;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.limiter = opts.limiter ?? new RateLimiter(this.now, this.sleep);
    this.maxAttempts = opts.maxAttempts ?? 6;
    this.random = opts.random ?? Math.random;
  }

  /**
   * After a crash: a message left 'sending' may or may not have reached Teams. Sending it again
   * could duplicate it, so it is recorded as interrupted (and audited) instead — never silently.
   */
  async recover(): Promise<number> {
    const at = new Date(this.now()).toISOString();
    const rows = await this.store.outbox.sending();
    await this.store.transaction(async (tx) => {
      for (const r of rows) {
        const error = 'the assistant stopped while sending this; it may not have arrived, so it was not sent again';
        await tx.outbox.finish(r.id, 'interrupted', error, at);
        await tx.audit.record({
          at,
          actor: 'assistant',
          action: 'reminder.interrupted',
          target: r.person,
          before: undefined,
          after: { outbox: r.id, kind: r.kind, error },
        });
      }
    });
    return rows.length;
  }

  /**
   * Sends everything due, then waits for retries that fall due within `maxWaitMs` (a later run
   * picks up the rest).
   */
  async drain(maxWaitMs = 5 * 60_000): Promise<DrainReport> {
    const report: DrainReport = { sent: 0, retried: 0, failed: 0, undeliverable: 0, skipped: 0 };
    for (;;) {
      const row = await this.store.outbox.nextDue(new Date(this.now()).toISOString());
      if (!row) {
        const next = await this.store.outbox.earliestPending();
        if (!next) break;
        const wait = Date.parse(next) - this.now();
        if (wait > maxWaitMs) break;
        await this.sleep(Math.max(wait, 1));
        continue;
      }
      const outcome = await this.sendOne(row);
      report[outcome]++;
    }
    return report;
  }

  private async sendOne(row: Row): Promise<keyof DrainReport> {
    const stored = await this.store.conversations.reference(row.user_key);
    if (!stored) return this.finish(row, 'undeliverable', 'the member has removed the app, so there is no conversation to send to');
    const reference = JSON.parse(stored) as ConversationRef;
    await this.limiter.acquire(reference.conversation?.id ?? row.user_key, reference.conversation?.tenantId ?? 'tenant');
    // Claimed only if still pending: another process (`board reminders --send` beside the server)
    // may have taken it while we waited for the rate limit.
    if (!(await this.store.outbox.claim(row.id, new Date(this.now()).toISOString()))) return 'skipped';
    let result: SendResult;
    try {
      result = await this.messenger.send(reference, JSON.parse(row.activity_json) as Record<string, unknown>);
    } catch (err) {
      result = { ok: false, status: 0, retryAfterMs: null, error: (err as Error).message };
    }
    this.opts.afterSend?.(row.id, result);
    const attempts = row.attempts + 1;
    if (result.ok) {
      await this.store.outbox.markSent(row.id, result.id, new Date(this.now()).toISOString());
      return 'sent';
    }
    const why = `HTTP ${result.status || 'no answer'}: ${result.error}`.slice(0, 500);
    if (GONE.has(result.status)) {
      await this.store.conversations.forget(row.user_key);
      return this.finish(row, 'undeliverable', `Teams will not deliver to this member any more (${why}); their conversation was forgotten`);
    }
    if (RETRYABLE.has(result.status) && attempts < this.maxAttempts) {
      const backoff = Math.min(60_000, 1000 * 2 ** (attempts - 1)) * (0.5 + this.random() / 2);
      const at = this.now() + Math.max(backoff, result.retryAfterMs ?? 0);
      await this.store.outbox.retryAt(row.id, new Date(at).toISOString(), why, new Date(this.now()).toISOString());
      return 'retried';
    }
    return this.finish(row, 'failed', RETRYABLE.has(result.status) ? `gave up after ${attempts} attempts (${why})` : why);
  }

  private async finish(row: Row, state: 'failed' | 'undeliverable', error: string): Promise<'failed' | 'undeliverable'> {
    const at = new Date(this.now()).toISOString();
    await this.store.transaction(async (tx) => {
      await tx.outbox.finish(row.id, state, error, at);
      await tx.audit.record({
        at,
        actor: 'assistant',
        action: `reminder.${state}`,
        target: row.person,
        before: undefined,
        after: { outbox: row.id, kind: row.kind, error },
      });
    });
    return state;
  }
}

/** Everything the outbox holds, newest first: what went, and what did not and why. */
export async function outboxLog(store: Store): Promise<OutboxEntry[]> {
  return await store.outbox.log();
}
