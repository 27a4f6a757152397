import type { Logger } from 'pino';

/**
 * Logs a refusal at most once per interval for each reason, saying how many like it were not
 * logged in between: a flood of garbage requests costs a line every few seconds, not a line (or
 * a stack trace) each.
 */
export class RefusalLog {
  private readonly last = new Map<string, { at: number; skipped: number }>();

  constructor(
    private readonly log: Logger,
    private readonly intervalMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  warn(reason: string, fields: Record<string, unknown> = {}): void {
    const t = this.now();
    const seen = this.last.get(reason);
    if (seen && t - seen.at < this.intervalMs) {
      seen.skipped++;
      return;
    }
    if (this.last.size > 1000) this.last.clear();
    this.last.set(reason, { at: t, skipped: 0 });
    this.log.warn({ ...fields, ...(seen?.skipped ? { notLogged: seen.skipped } : {}) }, `refused: ${reason}`);
  }
}
