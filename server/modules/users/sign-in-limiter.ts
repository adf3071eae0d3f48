import { isIPv4, isIPv6 } from 'node:net';
import { DomainError, ErrorCode } from '../../core/errors.js';

/** Failed sign-ins allowed per account (email) in one window; the next attempt is refused. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/**
 * Failed sign-ins allowed per client address in one window, across accounts
 * (credential stuffing, password spraying). Failures, not all attempts: the
 * agencies sit behind shared NAT addresses, and a morning of colleagues
 * signing in successfully must not lock each other out.
 */
export const MAX_FAILURES_PER_ADDRESS = 20;
/** Length of the sliding window. */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** Keys (accounts or addresses) remembered per window counter; beyond it the least recently seen is forgotten. */
export const MAX_TRACKED_KEYS = 10_000;

/**
 * Counts events per key over a sliding window, in memory. Keeps at most
 * `limit` timestamps per key and `maxKeys` keys: when full, the key touched
 * least recently goes first (it is the one whose events are oldest).
 */
export class SlidingWindowCounter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    readonly maxKeys: number = MAX_TRACKED_KEYS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `key` may have another event; 0 when it may now. */
  retryAfterMs(key: string): number {
    const times = this.live(key);
    if (times.length < this.limit) return 0;
    return times[times.length - this.limit] + this.windowMs - this.now();
  }

  /** Records an event now; returns its timestamp (to `remove` it later). */
  record(key: string): number {
    const at = this.now();
    const times = this.live(key);
    times.push(at);
    if (times.length > this.limit) times.splice(0, times.length - this.limit);
    this.hits.delete(key);
    this.hits.set(key, times); // most recently touched last
    while (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value!);
    return at;
  }

  /** Takes back one event recorded at `at`. */
  remove(key: string, at: number): void {
    const times = this.hits.get(key);
    const index = times?.lastIndexOf(at) ?? -1;
    if (times && index >= 0) times.splice(index, 1);
  }

  /** Forgets every event of `key`. */
  clear(key: string): void {
    this.hits.delete(key);
  }

  /** Forgets every key. */
  reset(): void {
    this.hits.clear();
  }

  /** Number of keys held (for tests). */
  get size(): number {
    return this.hits.size;
  }

  private live(key: string): number[] {
    const times = this.hits.get(key) ?? [];
    const since = this.now() - this.windowMs;
    while (times.length > 0 && times[0] <= since) times.shift();
    return times;
  }
}

/**
 * The key of a client address: IPv4-mapped IPv6 as IPv4, other IPv6
 * addresses by their /64 prefix (one subscriber usually holds a whole /64).
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (isIPv4(address) || !isIPv6(address)) return address;
  const [head, tail = ''] = address.split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** One sign-in attempt in progress, counted as a failure unless it `succeeded()`. */
export interface SignInAttempt {
  succeeded(): void;
}

/**
 * Limits sign-in attempts per account and per client address (OWASP
 * authentication cheat sheet): after `MAX_FAILURES_PER_ACCOUNT` failures for an
 * email, or `MAX_FAILURES_PER_ADDRESS` from an address, within
 * `SIGN_IN_WINDOW_MS`, further attempts are refused with `RATE_LIMITED` and a
 * `retryAfterSeconds` detail, without checking the password. A successful
 * sign-in clears the account's failures (not the address's: one known
 * password must not buy more guesses at others). Unknown emails count like
 * known ones, so the limit reveals nothing about which accounts exist.
 *
 * An attempt counts as a failure from its start and is taken back when it
 * succeeds, so concurrent attempts cannot slip past the limit while the
 * password hash is being checked.
 *
 * The windows live in this process's memory: several instances each keep
 * their own (an attacker spread over N instances gets up to N times the
 * attempts), and a restart forgets them. Moving the counters to a shared
 * store such as Redis is a later issue; the interface stays the same.
 */
export class SignInLimiter {
  readonly accounts: SlidingWindowCounter;
  readonly addresses: SlidingWindowCounter;

  constructor(now: () => number = Date.now) {
    this.accounts = new SlidingWindowCounter(
      MAX_FAILURES_PER_ACCOUNT,
      SIGN_IN_WINDOW_MS,
      MAX_TRACKED_KEYS,
      now,
    );
    this.addresses = new SlidingWindowCounter(
      MAX_FAILURES_PER_ADDRESS,
      SIGN_IN_WINDOW_MS,
      MAX_TRACKED_KEYS,
      now,
    );
  }

  /**
   * Starts an attempt for `email` (normalized) from `clientAddress` (null when
   * unknown: only the account limit applies); throws `RATE_LIMITED` when
   * either limit is reached.
   */
  begin(email: string, clientAddress: string | null): SignInAttempt {
    const address = clientAddress ? addressKey(clientAddress) : null;
    const waitMs = Math.max(
      this.accounts.retryAfterMs(email),
      address ? this.addresses.retryAfterMs(address) : 0,
    );
    if (waitMs > 0) {
      throw new DomainError(ErrorCode.RATE_LIMITED, 'too many failed sign-in attempts; try again later', {
        retryAfterSeconds: Math.ceil(waitMs / 1000),
      });
    }
    this.accounts.record(email);
    const at = address ? this.addresses.record(address) : 0;
    return {
      succeeded: () => {
        this.accounts.clear(email);
        if (address) this.addresses.remove(address, at);
      },
    };
  }

  /** Forgets everything (tests). */
  reset(): void {
    this.accounts.reset();
    this.addresses.reset();
  }
}

/** The process's sign-in limiter. */
export const signInLimiter = new SignInLimiter();
