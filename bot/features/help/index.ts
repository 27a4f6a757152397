import { type AdaptiveCardJson, renderCard } from '../../../cards/render';
import { helpCard } from '../../../cards/views';
import { ANSWERS, INTENT_LABELS } from '../../../src/answers/answer';
import type { Intent } from '../../../src/answers/intents';
import { visibleLevels } from '../../../src/answers/visible-levels';
import { actionsOwnedBy } from '../../../src/library/actions-view';
import type { Library } from '../../../src/library/library';
import { isPrivileged } from '../../../src/library/permissions';
import type { Member } from '../../../src/library/roster';
import { answered, notice, type Router } from '../../router';
import type { VerbDeclarations } from '../verbs';

/** Help, greetings and everything else: what the assistant can do, "did you mean…", and what it cannot. */
export const VERBS = {
  'ask.as': ['notice'],
} as const satisfies VerbDeclarations;

export function register(router: Router): void {
  router
    .message(['help', 'greeting'], async ({ library, member }, u) => answered(await ANSWERS[u.intent](library, member, u), await helpFor(library, member)))
    .message(['thanks', 'out-of-scope'], async ({ library, member }, u) => {
      const a = await ANSWERS[u.intent](library, member, u);
      return answered(a, notice('', a.text));
    })
    .message('unclear', async ({ library, member }, u) => {
      const a = await ANSWERS.unclear(library, member, u);
      const choices = a.alternatives.map((alt) => ({ title: INTENT_LABELS[alt.intent], q: u.asked, intent: alt.intent }));
      return answered(a, notice('Did you mean…', a.text, choices));
    })
    // A button on an unsure answer: the same question, answered as the intent the member chose.
    .verb('ask.as', (t, data) => {
      const chosen = data.str('intent') as Intent;
      return Object.hasOwn(INTENT_LABELS, chosen) && chosen !== 'unclear' ? t.ask(data.str('q'), chosen) : t.ask(data.str('q'));
    });
}

/** The help card, with examples taken from the member's own papers; `welcome` on install. */
export async function helpFor(library: Library, member: Member, welcome = false): Promise<AdaptiveCardJson> {
  const withRef = (list: { ref: string | null }[]) => list.find((a) => a.ref)?.ref ?? undefined;
  const levels = await visibleLevels(library, member);
  const acronyms = [...(await library.glossary()).keys()].filter((k) => /^[A-Z]{3,6}$/.test(k));
  return renderCard(
    'help',
    helpCard(member.name, isPrivileged(member), welcome, {
      actionRef: withRef(await actionsOwnedBy(library.store, library.today(), member)) ?? withRef(await library.actions(member)),
      level: (levels.find((l) => l.number === 3) ?? levels[0])?.number,
      acronym: acronyms.includes('LADO') ? 'LADO' : acronyms[0],
    }),
  );
}

/** For anyone not on the roster: no board content, and who to ask. */
export function refusalCard(): AdaptiveCardJson {
  return notice('Sorry', 'This assistant is only for members of the board. If you should have access, ask the board’s clerk to add you to the roster.');
}
