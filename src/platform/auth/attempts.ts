/**
 * Failed sign-ins, counted per account and per address in a fixed window. Only failures count: a
 * successful login neither spends the allowance nor is refused for others' successes, so an office
 * behind one address never locks itself out. Kept in memory per instance (a restart forgets, which
 * errs on the side of letting staff in; behind several instances each one counts its own).
 */
export class FailedLogins {
  private readonly failures = new Map<string, { count: number; until: number }>();

  constructor(
    private readonly perAccount: number,
    private readonly perAddress: number,
    private readonly windowMs = 15 * 60_000,
    // Bounded: an attacker inventing e-mails cannot grow this without end.
    private readonly maxEntries = 100_000,
  ) {}

  /** Milliseconds until the account or the address may try again, or 0 when it may now. */
  lockedFor(email: string, address: string, at = Date.now()): number {
    const wait = (key: string, limit: number) => {
      const entry = this.failures.get(key);
      if (!entry || entry.until <= at) return 0;
      return entry.count >= limit ? entry.until - at : 0;
    };
    return Math.max(wait(accountKey(email), this.perAccount), wait(addressKey(address), this.perAddress));
  }

  fail(email: string, address: string, at = Date.now()) {
    this.count(accountKey(email), at);
    this.count(addressKey(address), at);
  }

  /** A correct password clears the account's failures (not the address's: other accounts share it). */
  succeed(email: string) {
    this.failures.delete(accountKey(email));
  }

  private count(key: string, at: number) {
    const entry = this.failures.get(key);
    if (entry && entry.until > at) {
      entry.count += 1;
      return;
    }
    if (this.failures.size >= this.maxEntries) this.prune(at);
    this.failures.set(key, { count: 1, until: at + this.windowMs });
  }

  private prune(at: number) {
    for (const [key, entry] of this.failures) if (entry.until <= at) this.failures.delete(key);
    // Still full of live entries: drop the oldest (Map keeps insertion order).
    while (this.failures.size >= this.maxEntries) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }
}

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;
