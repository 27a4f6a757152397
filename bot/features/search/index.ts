import { type AdaptiveCardJson, renderCard } from '../../../cards/render';
import { levelCard, resultsCard } from '../../../cards/views';
import type { SearchResult } from '../../../src/search/search';
import { answerCard, notice, type Router } from '../../router';
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
    .message('search', (_t, a, q) => results(q, a.results.slice(0, 5)))
    // A which-level card keeps its first line, its matches and, from the level, the caveat and route.
    .message(['level', 'which-level'], (_t, a) =>
      a.level ? renderCard('level', levelCard(a.level, a.intent === 'which-level' ? a.text.split('\n')[0]! : '')) : answerCard('Guidance', a),
    )
    .message('contact', (_t, a) => notice('Who to contact', a.text))
    .message('decision', (_t, a) => answerCard('Decisions', a))
    .message('define', (_t, a) => answerCard('Meaning', a))
    .verb('search.run', async ({ library, member }, data) => {
      const query = data.str('query').trim().slice(0, 200);
      return results(query, query ? await library.search(member, query, { limit: 5 }) : []);
    });
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
