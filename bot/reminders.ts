import type { Logger } from 'pino';

import { outbox } from '../src/app/services';
import type { ServerConfig } from '../src/config';
import type { Library } from '../src/library/library';
import { runReminders } from '../src/reminders/run';
import { scheduleReminders } from '../src/reminders/schedule';
import { TeamsMessenger } from './proactive';
import { reminderRenderer } from './reminder-cards';

/**
 * The server's reminder loop: first settle anything a crash left half-sent, then every ten
 * minutes plan, queue and send. Logs counts only — never who was reminded of what.
 */
export function startReminders(library: Library, config: ServerConfig, log: Logger): { stop(): void } {
  const messenger = new TeamsMessenger(config, { now: () => library.clock.now().getTime() });
  // Settled before the first round sends anything (each round waits for it).
  const recovered = outbox(library, messenger)
    .recover()
    .then((interrupted) => {
      if (interrupted) log.warn({ interrupted }, 'reminders interrupted by the last stop were recorded, not resent');
    });
  const render = reminderRenderer(library);
  return scheduleReminders(async () => {
    try {
      await recovered;
      const { queued, report } = await runReminders(library, messenger, render);
      if (queued || report.sent || report.failed || report.undeliverable || report.retried) log.info({ queued, ...report }, 'reminders');
    } catch (err) {
      log.error({ err: (err as Error).message }, 'reminder round failed');
    }
  });
}
