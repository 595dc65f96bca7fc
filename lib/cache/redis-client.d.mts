import type { createClient } from "@redis/client";

export type RedisClient = ReturnType<typeof createClient>;
/** A client for `url`, not yet connected; commands time out after `timeoutMs` and never queue while it is down. */
export function createRedisClient(url: string, options?: { timeoutMs?: number }): RedisClient;
/** The process-wide client for `url`, created and connected (in the background) on first use. */
export function sharedRedisClient(url: string): RedisClient;
/** Resolves true once `client` is ready, or false after `ms`. */
export function waitUntilReady(client: RedisClient, ms: number): Promise<boolean>;
/** Round-trip time of a PING in milliseconds; rejects when Redis does not answer within `ms`. */
export function pingRedis(client: RedisClient, ms: number): Promise<number>;
/** `promise`, or a rejection naming `what` once `ms` have passed. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T>;
