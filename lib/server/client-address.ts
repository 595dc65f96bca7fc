import { randomBytes } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { BlockList, isIP, type Socket } from "node:net";

/**
 * Who is calling, for rate limits ([023](../../docs/decisions/023-sign-in-limits-hold-under-a-burst.md)). Next.js gives
 * a route handler the request's headers but not its socket, and fills X-Forwarded-For from the socket only when the
 * client sent none, so a route cannot tell a proxy's header from one a client made up. So the server stamps each
 * request it receives with the address of the socket it came on, through Node's public diagnostics channel
 * `http.server.request.start` (published just before the request reaches Next's listener), and a forwarded
 * header counts only when that socket is a trusted proxy's.
 */

export const PEER_HEADER = "x-dispatch-peer";

/** The stamp's secret, per process: a client that sends the header itself (before the stamp is set up) is not believed. */
const state = globalThis as unknown as { __dispatchPeerSecret?: string; __dispatchPeerStamping?: boolean };

function secret(): string {
  state.__dispatchPeerSecret ??= randomBytes(16).toString("hex");
  return state.__dispatchPeerSecret;
}

/**
 * Stamps every request this process's HTTP servers receive with its socket's address, replacing whatever the client
 * sent under that name. Called once at start (instrumentation.ts); calling it again does nothing.
 */
export function stampPeerAddresses(): void {
  if (state.__dispatchPeerStamping) return;
  state.__dispatchPeerStamping = true;
  const token = secret();
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = `${token} ${socket.remoteAddress ?? ""}`;
  });
}

/** The socket address the stamp recorded, or null when the request carries no stamp of this process. */
export function peerAddress(headers: Headers): string | null {
  const value = headers.get(PEER_HEADER);
  const token = state.__dispatchPeerSecret;
  if (!value || !token || !value.startsWith(`${token} `)) return null;
  return normalize(value.slice(token.length + 1));
}

const lists = new Map<string, BlockList>();

function blockList(trusted: readonly string[]): BlockList {
  const id = trusted.join(",");
  let list = lists.get(id);
  if (!list) {
    list = new BlockList();
    for (const entry of trusted) {
      const [address, bits] = entry.split("/");
      const type = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (bits === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(bits), type);
    }
    lists.set(id, list);
  }
  return list;
}

/** An address as a key: IPv4 written as IPv4 even when the socket is dual-stack (`::ffff:1.2.3.4`); null if none. */
function normalize(raw: string): string | null {
  const address = raw.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * The client's address: the socket's, unless the socket is a trusted proxy; then X-Forwarded-For is read from the
 * right (each hop appends the address it saw) past every trusted proxy, and the first address no proxy of ours
 * vouches for is the client. A malformed entry ends the walk at the hop that passed it on. "unknown" when the
 * request carries no stamp (it reached the server before the stamp was set up, or came from no HTTP server).
 */
export function clientAddress(headers: Headers, trusted: readonly string[]): string {
  const peer = peerAddress(headers);
  if (peer === null) return "unknown";
  const list = blockList(trusted);
  const isTrusted = (a: string) => list.check(a, isIP(a) === 6 ? "ipv6" : "ipv4");
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").filter((h) => h.trim() !== "");
  let client = peer;
  while (isTrusted(client) && hops.length > 0) {
    const next = normalize(hops.pop()!);
    if (next === null) break;
    client = next;
  }
  return client;
}
