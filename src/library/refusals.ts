import type { Store } from '../store/repositories';

/** Something the assistant refused: who asked, what they tried, on what, and why. */
export interface Refusal {
  /** Who asked, as far as we know them: a member's name, else what Teams or the token said. */
  actor: string;
  /** What they tried: "action.update", "document.upload", "request"… */
  what: string;
  target: string;
  reason: string;
}

/** How many refusals of one kind (actor, what, reason) are written per window; the rest are counted. */
export const PER_KEY_PER_WINDOW = 5;
/** How many refusals of any kind are written per window, so a flood of made-up names cannot fill the disk either. */
export const ALL_PER_WINDOW = 200;
export const WINDOW_MS = 10 * 60 * 1000;
/** Kinds remembered at once; beyond this a new kind counts only towards the overall limit. */
const MAX_KEYS = 10_000;

interface Window {
  start: number;
  all: number;
  /** Refusals not written this window (over a limit), written into the next entry that is. */
  unwritten: number;
  byKey: Map<string, number>;
}

const windows = new WeakMap<Store, Window>();

/**
 * Writes a refusal into the audit ("refused <what>"), rate-limited: at most PER_KEY_PER_WINDOW of
 * one actor, action and reason, and ALL_PER_WINDOW in all, per ten minutes. What is held back is
 * not lost: the next entry written says how many were. Returns whether this one was written.
 */
export async function recordRefusal(store: Store, now: Date, r: Refusal): Promise<boolean> {
  const t = now.getTime();
  let w = windows.get(store);
  if (!w || t - w.start >= WINDOW_MS || t < w.start) {
    w = { start: t, all: 0, unwritten: w?.unwritten ?? 0, byKey: new Map() };
    windows.set(store, w);
  }
  const key = `${r.actor}\n${r.what}\n${r.reason}`;
  const seen = w.byKey.get(key) ?? 0;
  if (seen >= PER_KEY_PER_WINDOW || w.all >= ALL_PER_WINDOW) {
    w.unwritten++;
    if (seen < PER_KEY_PER_WINDOW && w.byKey.size < MAX_KEYS) w.byKey.set(key, seen + 1);
    return false;
  }
  if (w.byKey.has(key) || w.byKey.size < MAX_KEYS) w.byKey.set(key, seen + 1);
  w.all++;
  const heldBack = w.unwritten;
  w.unwritten = 0;
  await store.audit.record({
    at: now.toISOString(),
    actor: clip(r.actor, 200),
    action: `refused ${r.what}`,
    target: clip(r.target, 200),
    before: null,
    after: heldBack ? { reason: clip(r.reason, 300), heldBack } : { reason: clip(r.reason, 300) },
  });
  return true;
}

function clip(s: string, n: number): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const flat = String(s).replace(/[\u0000-\u001f\u007f]/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}
