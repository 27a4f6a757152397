/** Calls to /api/tab with whoever the page is acting for: a Teams token, or (development) a name. */

export interface Identity {
  token: string | null;
  devMember: string | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export class Api {
  constructor(private readonly who: Identity) {}

  async get<T>(path: string): Promise<T> {
    return this.call<T>(path, { method: 'GET' });
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>(path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
  }

  /** A file from the server (the action log), with the name it gives it. */
  async download(path: string): Promise<{ blob: Blob; name: string }> {
    const headers = new Headers();
    if (this.who.token) headers.set('Authorization', `Bearer ${this.who.token}`);
    else if (this.who.devMember) headers.set('X-Board-Member', encodeURIComponent(this.who.devMember));
    let res: Response;
    try {
      res = await fetch(path, { headers });
    } catch {
      throw new ApiError(0, 'The assistant cannot be reached. Check your connection and try again.');
    }
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { error?: unknown } | null;
      throw new ApiError(res.status, body?.error ? String(body.error) : `The assistant answered ${res.status}.`);
    }
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'action-log';
    return { blob: await res.blob(), name };
  }

  private async call<T>(path: string, init: RequestInit): Promise<T> {
    const headers = new Headers(init.headers);
    if (this.who.token) headers.set('Authorization', `Bearer ${this.who.token}`);
    else if (this.who.devMember) headers.set('X-Board-Member', encodeURIComponent(this.who.devMember));
    let res: Response;
    try {
      res = await fetch(path, { ...init, headers });
    } catch {
      throw new ApiError(0, 'The assistant cannot be reached. Check your connection and try again.');
    }
    const body = (await res.json().catch(() => null)) as unknown;
    if (!res.ok) {
      const message =
        body && typeof body === 'object' && 'error' in body ? String((body as { error: unknown }).error) : `The assistant answered ${res.status}.`;
      throw new ApiError(res.status, message);
    }
    return body as T;
  }
}
