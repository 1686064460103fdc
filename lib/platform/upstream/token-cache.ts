// An in-memory cache of short-lived tokens keyed by what they were issued for. Concurrent requests for the same
// key share one fetch (so a burst of page loads costs one token call), failures are not cached, and an entry is
// dropped `refreshBeforeMs` before it expires so a caller never receives a token that dies in flight.

export interface CachedToken {
  value: string;
  /** Expiry in ms since the epoch. */
  expiresAt: number;
}

export class TokenCache {
  private readonly entries = new Map<string, CachedToken>();
  private readonly inFlight = new Map<string, Promise<CachedToken>>();

  constructor(
    private readonly refreshBeforeMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string, fetchToken: () => Promise<CachedToken>): Promise<string> {
    const cached = this.entries.get(key);
    if (cached && cached.expiresAt - this.refreshBeforeMs > this.now()) return cached.value;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = fetchToken().finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    const token = await pending;
    if (token.expiresAt - this.refreshBeforeMs > this.now()) this.entries.set(key, token);
    else this.entries.delete(key);
    return token.value;
  }

  /** Forget one entry (e.g. after an upstream rejected the token) or everything. */
  invalidate(key?: string): void {
    if (key === undefined) this.entries.clear();
    else this.entries.delete(key);
  }
}
