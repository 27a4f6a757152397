#!/usr/bin/env node
import { runFromProcess } from '../src/cli/main';
import { readServerConfig } from '../src/config';
import { TeamsMessenger } from './proactive';
import { reminderRenderer } from './reminder-cards';

/**
 * The installed `board` command: the domain command line, plus what only the Teams layer can
 * give it — a way to send (`board reminders --send`, with the same settings as `npm start`).
 */
runFromProcess({
  reminderSender: (library) => ({
    messenger: new TeamsMessenger(readServerConfig(), { now: () => library.clock.now().getTime() }),
    render: reminderRenderer(library),
  }),
});
