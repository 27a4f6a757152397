import type * as restify from 'restify';

/** Largest body accepted: a Teams message with a card is a few KB; 1 MB is generous. */
export const MAX_BODY_BYTES = 1024 * 1024;

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
        const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
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

