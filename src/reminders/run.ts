import type { Library } from '../library/library';
import { type DrainReport, enqueue, type Messenger, Outbox, type OutboxOptions } from './outbox';
import { dueNow, type PlannedReminder } from './plan';

/** The local hour where the board sits; a fixed "today" (BOARD_TODAY, --today) counts as the whole day. */
export function localHour(library: Library): number {
  if (library.config.today) return 24;
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: library.config.timeZone, hour: 'numeric', hourCycle: 'h23' }).format(library.clock.now()));
}

/** What would be sent now, without sending or recording anything. */
export async function remindersDue(library: Library): Promise<PlannedReminder[]> {
  return await dueNow(library, library.today(), localHour(library), library.config.reminders);
}

export interface RunResult {
  queued: number;
  report: DrainReport;
}

/**
 * One round: plan what is due, queue it (each reason claimed once, in one transaction) and send
 * the queue. Safe to run as often as liked, and from two processes at once.
 */
export async function runReminders(
  library: Library,
  messenger: Messenger,
  render: (r: PlannedReminder) => Record<string, unknown> | Promise<Record<string, unknown>>,
  opts: Omit<OutboxOptions, 'now'> & { maxWaitMs?: number } = {},
): Promise<RunResult> {
  const queued = await enqueue(library.store, await remindersDue(library), render, library.clock.now());
  const report = await new Outbox(library.store, messenger, { now: () => library.clock.now().getTime(), ...opts }).drain(opts.maxWaitMs);
  return { queued, report };
}
