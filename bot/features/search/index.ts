import { type AdaptiveCardJson, renderCard } from '../../../cards/render';
import { levelCard, resultsCard } from '../../../cards/views';
import { type Answer, ANSWERS, type Understanding } from '../../../src/answers/answer';
import type { SearchResult } from '../../../src/search/search';
import { answerCard, answered, notice, type Router } from '../../router';
import type { VerbDeclarations } from '../verbs';

/** Search & guidance: passages from the papers, threshold levels, who to contact, decisions and abbreviations. */
export const VERBS = {
  'search.run': ['results'],
} as const satisfies VerbDeclarations;

/** The command menu's "Search guidance", or "search" on its own: nothing to search for yet. */
const SEARCH_PROMPT = /^(?:search|find|look up)(?:\s+(?:the\s+)?(?:guidance|papers|minutes|documents))?\s*[.?!]*$/i;

export function register(router: Router): void {
  router
    .command(SEARCH_PROMPT, () => results('', []))
    // The guidance may answer a question asked another way ("what does partnership plus mean?" is a level):
    // the card is the answer's intent's.
    .message(['search', 'level', 'which-level', 'contact', 'decision', 'define'], async ({ library, member }, u) =>
      guidanceCard(await ANSWERS[u.intent](library, member, u), u),
    )
    .verb('search.run', async ({ library, member }, data) => {
      const query = data.str('query').trim().slice(0, 200);
      return results(query, query ? await library.search(member, query, { limit: 5 }) : []);
    });
}

function guidanceCard(a: Answer, u: Understanding): AdaptiveCardJson {
  switch (a.intent) {
    case 'level':
    case 'which-level':
      // A which-level card keeps its first line, its matches and, from the level, the caveat and route.
      if (!a.level) return answerCard('Guidance', a);
      return answered(a, renderCard('level', levelCard(a.level, a.intent === 'which-level' ? a.text.split('\n')[0]! : '')));
    case 'contact':
      return answered(a, notice('Who to contact', a.text));
    case 'decision':
      return answerCard('Decisions', a);
    case 'define':
      return answerCard('Meaning', a);
    default:
      return answered(a, results(u.asked, a.results.slice(0, 5)));
  }
}

/** Results with a search box above them; with no query yet, a prompt. */
export function results(query: string, found: SearchResult[]): AdaptiveCardJson {
  if (!query) {
    return renderCard(
      'results',
      resultsCard('Search the board’s papers', [], {
        query: '',
        emptyText: '',
        intro:
          'Minutes, decisions, action logs and the threshold guidance. Try a topic (“missing from home”), a level (“level 3”) or an abbreviation (“MASH”).',
      }),
    );
  }
  return renderCard('results', resultsCard(found.length ? 'From the board’s papers' : 'Nothing found', found, { query }));
}
