import { Cron } from 'croner';

/**
 * Runs `round` every ten minutes (and once at start), never two at once: a round that is still
 * sending when the next is due is simply skipped. What to send is decided from the library's own
 * (injectable) clock, so the schedule only sets the pace.
 */
export function scheduleReminders(round: () => Promise<void>, pattern = '*/10 * * * *'): { stop(): void } {
  const job = new Cron(pattern, { protect: true, catch: true }, round);
  void job.trigger();
  return { stop: () => job.stop() };
}
