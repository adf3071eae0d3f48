import { isIPv4, isIPv6 } from 'node:net';
import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { AppConfig } from '../../core/config.js';
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
/** Length of the window over which failures are counted (from the first failure of a key). */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/**
 * Longest a Redis command of the limiter may take before the in-memory fallback counts
 * instead: while Redis is unreachable, this is what a sign-in attempt waits in addition.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 500;

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
  succeeded(): Promise<void>;
}

/** A failure counter: rate-limiter-flexible's, in Redis or in memory. */
type Counter = RateLimiterAbstract;

/**
 * Limits sign-in attempts per account and per client address (OWASP
 * authentication cheat sheet): after `MAX_FAILURES_PER_ACCOUNT` failures for an
 * email, or `MAX_FAILURES_PER_ADDRESS` from an address, within
 * `SIGN_IN_WINDOW_MS` of the first, further attempts are refused with
 * `RATE_LIMITED` and a `retryAfterSeconds` detail, without checking the
 * password. A successful sign-in clears the account's failures (not the
 * address's: one known password must not buy more guesses at others). Unknown
 * emails count like known ones, so the limit reveals nothing about which
 * accounts exist.
 *
 * An attempt counts as a failure from its start (an atomic increment) and is
 * taken back when it succeeds, so concurrent attempts cannot slip past the
 * limit while the password hash is being checked. With Redis the counters are
 * shared by every instance; while Redis is unreachable each instance counts in
 * its own memory (rate-limiter-flexible's insurance limiter).
 */
export class SignInLimiter {
  constructor(
    private readonly accounts: Counter,
    private readonly addresses: Counter,
    private readonly onClose: () => Promise<void> = async () => {},
  ) {}

  /**
   * Starts an attempt for `email` (normalized) from `clientAddress` (null when
   * unknown: only the account limit applies); throws `RATE_LIMITED` when
   * either limit is reached.
   */
  async begin(email: string, clientAddress: string | null): Promise<SignInAttempt> {
    const address = clientAddress ? addressKey(clientAddress) : null;
    const counted: [Counter, string][] = [[this.accounts, email]];
    if (address) counted.push([this.addresses, address]);
    const outcomes = await Promise.allSettled(counted.map(([counter, key]) => counter.consume(key)));
    const refusals = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    if (refusals.length > 0) {
      const error = refusals.find((r) => !(r instanceof RateLimiterRes));
      if (error) throw error;
      // A refused attempt is no failure: take back what it counted.
      await Promise.all(counted.map(([counter, key]) => counter.reward(key)));
      const waitMs = Math.max(...refusals.map((r) => (r as RateLimiterRes).msBeforeNext));
      throw new DomainError(ErrorCode.RATE_LIMITED, 'too many failed sign-in attempts; try again later', {
        retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
      });
    }
    return {
      succeeded: async () => {
        await this.accounts.delete(email);
        if (address) await this.addresses.reward(address);
      },
    };
  }

  /** Closes the Redis connection, if any. */
  close(): Promise<void> {
    return this.onClose();
  }
}

/**
 * A sign-in limiter: in Redis when `redisUrl` is set (keys `<prefix>sign-in-account:…`
 * and `<prefix>sign-in-address:…`, shared by every instance), in memory otherwise.
 */
export function createSignInLimiter(
  config: Pick<AppConfig, 'redisUrl' | 'redisChannelPrefix'>,
): SignInLimiter {
  const duration = SIGN_IN_WINDOW_MS / 1000;
  const inMemory = (points: number) => new RateLimiterMemory({ points, duration });
  if (!config.redisUrl) {
    return new SignInLimiter(inMemory(MAX_FAILURES_PER_ACCOUNT), inMemory(MAX_FAILURES_PER_ADDRESS));
  }
  const redis = new Redis(config.redisUrl, {
    maxRetriesPerRequest: 1,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
  });
  // ioredis reconnects by itself; meanwhile the in-memory insurance counts.
  redis.on('error', () => {});
  const shared = (name: string, points: number) =>
    new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.redisChannelPrefix}sign-in-${name}`,
      points,
      duration,
      insuranceLimiter: inMemory(points),
    });
  return new SignInLimiter(
    shared('account', MAX_FAILURES_PER_ACCOUNT),
    shared('address', MAX_FAILURES_PER_ADDRESS),
    async () => redis.disconnect(),
  );
}

const limiters = new WeakMap<AppConfig, SignInLimiter>();

/** The sign-in limiter of the server running with `config`, created on first use. */
export function signInLimiterFor(config: AppConfig): SignInLimiter {
  let limiter = limiters.get(config);
  if (!limiter) {
    limiter = createSignInLimiter(config);
    limiters.set(config, limiter);
  }
  return limiter;
}

/** Closes the sign-in limiter of `config` (its Redis connection), when one was created. */
export async function closeSignInLimiter(config: AppConfig): Promise<void> {
  await limiters.get(config)?.close();
  limiters.delete(config);
}
