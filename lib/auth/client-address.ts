/**
 * The client's address for the per-address sign-in limit, from the X-Forwarded-For chain.
 *
 * Each proxy appends the address it received the request from, so only the right end of the chain is known to be
 * true: everything left of what the nearest trusted proxy appended was written by the client. `scripts/serve.mjs`
 * (how the app is served) appends the socket's address itself and marks the process; then with
 * `TRUSTED_PROXY_HOPS=0` the socket address is the client, and with N the Nth hop left of it is. Served any other way
 * (`next start`, `next dev`), Next passes a client's own header through untouched, so with 0 trusted proxies the
 * address is unknown (null: the per-account limit still applies) rather than taken from the client.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedHops: number, peerAppended: boolean): string | null {
  const chain = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const fromRight = peerAppended ? trustedHops : trustedHops - 1;
  if (fromRight < 0 || chain.length === 0) return null;
  // Fewer hops than configured: the request skipped a proxy; the farthest address known is the best there is.
  return chain[Math.max(chain.length - 1 - fromRight, 0)] ?? null;
}

/** The global flag scripts/serve.mjs sets (by this same name) before the app starts. */
export const PEER_APPENDED_FLAG = 'stride-back.peer-address-in-x-forwarded-for';

export function isPeerAddressAppended(): boolean {
  return (globalThis as Record<symbol, unknown>)[Symbol.for(PEER_APPENDED_FLAG)] === true;
}
