import type * as restify from 'restify';

/** Largest body accepted: a Teams message with a card is a few KB; 1 MB is generous. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Deepest nesting accepted: an activity with a card is a dozen levels; 5,000 would only exercise recursion further in. */
export const MAX_DEPTH = 64;

/**
 * How deep a JSON text nests, counted before it is parsed, so nothing downstream ever walks a
 * pathological structure. Hand-written: one pass over the characters, skipping strings.
 */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

type Read = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

/** A JSON object body, at most MAX_BODY_BYTES; anything else is a clear error, never a throw. */
export function readJson(req: restify.Request): Promise<Read> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      resolve({ ok: false, error: 'request body too large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: Read) => {
      if (!done) {
        done = true;
        resolve(r);
      }
    };
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        finish({ ok: false, error: 'request body too large' });
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        if (nestingDepth(text) > MAX_DEPTH) {
          finish({ ok: false, error: `request body is nested more than ${MAX_DEPTH} levels deep` });
          return;
        }
        const value = JSON.parse(text) as unknown;
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
          finish({ ok: false, error: 'request body is not a JSON object' });
          return;
        }
        finish({ ok: true, value: value as Record<string, unknown> });
      } catch {
        finish({ ok: false, error: 'request body is not JSON' });
      }
    });
    req.on('error', () => finish({ ok: false, error: 'request could not be read' }));
  });
}
