import { muteFor, unmuteFor } from '../../../src/app/services';
import { formatDate } from '../../../src/extract/dates';
import { notice, type Router, type Turn } from '../../router';
import type { VerbDeclarations } from '../verbs';

/** Reminders & mute: a member turns action reminders off for a while, or back on. */
export const VERBS = {
  'reminders.mute': ['actions'],
} as const satisfies VerbDeclarations;

export function register(router: Router): void {
  router
    .command(/^(un)?mute (?:my )?reminders\b/i, (t, m) => (m[1] ? unmute(t) : mute(t, t.library.config.reminders.muteDays)))
    .verb('reminders.mute', (t, data) => {
      const days = Math.trunc(Number(data.raw['days']));
      return mute(t, Number.isFinite(days) && days >= 1 && days <= 90 ? days : t.library.config.reminders.muteDays);
    });
}

async function mute({ library, member }: Turn, days: number) {
  const until = await muteFor(library, member, days);
  return notice(
    'Reminders muted',
    `I won't remind you about actions until after ${formatDate(until)}. Meeting invitations still come. Say “unmute reminders” to have them back sooner.`,
  );
}

async function unmute({ library, member }: Turn) {
  return notice('Reminders', (await unmuteFor(library, member)) ? 'Action reminders are back on.' : 'Your action reminders were not muted.');
}
