/**
 * Teams' limits on proactive messages, as sliding windows: per conversation 7 a second, 60 in
 * 30 seconds and 1,800 an hour; per tenant about 30 a second (we keep to 25). `acquire` waits
 * until a message may go and counts it; time and waiting are injected so tests run instantly.
 */
export interface Window {
  limit: number;
  ms: number;
}

const CONVERSATION_WINDOWS: Window[] = [
  { limit: 7, ms: 1000 },
  { limit: 60, ms: 30_000 },
  { limit: 1800, ms: 3_600_000 },
];
const TENANT_WINDOWS: Window[] = [{ limit: 25, ms: 1000 }];

export class RateLimiter {
  private readonly sent = new Map<string, number[]>();

  constructor(
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly conversationWindows: Window[] = CONVERSATION_WINDOWS,
    private readonly tenantWindows: Window[] = TENANT_WINDOWS,
  ) {}

  /** Waits until one more message to this conversation (in this tenant) is within every limit. */
  async acquire(conversation: string, tenant: string): Promise<void> {
    const keys: [string, Window[]][] = [
      [`c:${conversation}`, this.conversationWindows],
      [`t:${tenant}`, this.tenantWindows],
    ];
    for (;;) {
      const now = this.now();
      let wait = 0;
      for (const [key, windows] of keys) wait = Math.max(wait, this.waitFor(key, windows, now));
      if (wait <= 0) {
        for (const [key, windows] of keys) this.record(key, windows, now);
        return;
      }
      await this.sleep(wait);
    }
  }

  private waitFor(key: string, windows: Window[], now: number): number {
    const times = this.sent.get(key) ?? [];
    let wait = 0;
    for (const w of windows) {
      const inWindow = times.filter((t) => t > now - w.ms);
      if (inWindow.length >= w.limit) wait = Math.max(wait, inWindow[inWindow.length - w.limit]! + w.ms - now + 1);
    }
    return wait;
  }

  private record(key: string, windows: Window[], now: number): void {
    const longest = Math.max(...windows.map((w) => w.ms));
    const times = (this.sent.get(key) ?? []).filter((t) => t > now - longest);
    times.push(now);
    this.sent.set(key, times);
  }
}
