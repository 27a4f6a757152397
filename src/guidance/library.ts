import type { Store, StoredGuidance as StoredModel } from '../store/repositories';
import { buildGuidance } from './build';
import type { GuidanceModel } from './model';
import { areaWords, questionPlaces } from './partnership';

/** A guidance document's model as stored, with the board it was ingested for. */
export interface StoredGuidance extends StoredModel {
  model: GuidanceModel;
}

/**
 * Every partnership's guidance in the library; documents stored before models were kept are read now, once.
 * Kept until the library changes: most turns ask whether the question names a level, and reading and
 * parsing every model each time was the largest part of a "my actions" turn. Callers must not mutate it.
 */
export async function loadGuidance(store: Store): Promise<readonly StoredGuidance[]> {
  return await store.memo('guidance', async () => {
    const missing = await store.guidance.withoutModel();
    if (missing.length) {
      await store.transaction(async (tx) => {
        for (const m of missing) await tx.guidance.write(m.name, buildGuidance(m.blocks, m.name, m.boardName));
      });
    }
    return ((await store.guidance.all()) as StoredGuidance[]).filter((g) => g.model.levels.length || g.model.contacts.length);
  });
}

export interface GuidanceChoice {
  chosen: StoredGuidance[];
  /** How the guidance was chosen, for saying so: the area the question named, or the asker's board. */
  by: 'area' | 'board' | 'only' | 'all';
}

/**
 * Whose guidance answers a question: the area the question names ("in Kent", "hants"), else the
 * asker's own board's, else the only partnership the library holds. With several partnerships and
 * nothing to choose by, all of them, the caller saying whose each answer is.
 */
export function chooseGuidance(all: StoredGuidance[], question: string, askerBoards: ReadonlySet<string>): GuidanceChoice {
  if (!all.length) return { chosen: [], by: 'all' };
  const places = questionPlaces(question);
  const scoreOf = (g: StoredGuidance) => {
    const words = new Set([...g.model.areas, ...areaWords(g.boardName ? [g.boardName] : [])]);
    return [...words].filter((w) => places.has(w)).length;
  };
  const scores = all.map(scoreOf);
  const best = Math.max(...scores);
  if (best > 0) {
    const named = all.filter((_g, i) => scores[i] === best);
    const partnerships = new Set(named.map((g) => g.model.partnership));
    // Two documents of the same partnership: the newer (later ingested) leads.
    return { chosen: partnerships.size === 1 ? [...named].reverse() : named, by: 'area' };
  }
  const mine = all.filter((g) => g.board && askerBoards.has(g.board));
  if (mine.length) return { chosen: [...mine].reverse(), by: 'board' };
  const partnerships = new Set(all.map((g) => g.model.partnership));
  if (partnerships.size === 1) return { chosen: [...all].reverse(), by: 'only' };
  return { chosen: all, by: 'all' };
}
