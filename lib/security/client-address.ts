import { BlockList, isIP } from "node:net";

/**
 * The address a sign-in is counted against. Only the production server (scripts/app-server.ts)
 * knows the socket's address: it overwrites PEER_HEADER on every request, so a client cannot
 * send its own, and says so by setting PEER_HEADER_TRUSTED in its environment. Elsewhere (`next
 * dev`, a test without the flag) every caller is "local".
 *
 * X-Forwarded-For is read only when the peer is a configured proxy (TRUSTED_PROXIES: addresses or
 * CIDR ranges, comma-separated; none by default), from the right, skipping the trusted proxies
 * themselves: the first address a trusted hop vouches for is the client. Any other peer's header
 * is ignored, so 40 different forged headers are 40 tries from one address.
 */
export const PEER_HEADER = "x-peer-address";
export const PEER_HEADER_TRUSTED = "PEER_HEADER_TRUSTED";

const LOCAL = "local";

/** "::ffff:10.0.0.1" is 10.0.0.1: dual-stack sockets report IPv4 peers that way. */
function plain(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

/** The TRUSTED_PROXIES list as a lookup; an entry that is not an address or a range is refused at start. */
export function proxyList(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (value ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address, bits] = entry.split("/");
    const family = isIP(address);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

function trusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** Whether the socket's peer is one of the configured proxies, whose headers are believed. */
export function peerIsTrusted(peer: string | undefined, proxies: BlockList): boolean {
  return !!peer && trusted(proxies, plain(peer));
}

/** The client's address from the peer and its X-Forwarded-For, trusting only the configured proxies. */
export function clientAddress(peer: string | undefined, forwardedFor: string | undefined, proxies: BlockList): string {
  if (!peer || !isIP(plain(peer))) return LOCAL;
  let client = plain(peer);
  if (!trusted(proxies, client)) return client;
  const hops = (forwardedFor ?? "").split(",").map(plain).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!isIP(hops[i])) return client; // a garbled hop: stop at the last address vouched for
    client = hops[i];
    if (!trusted(proxies, client)) return client;
  }
  return client;
}

/** The same, from a request's headers as next-auth passes them to `authorize`. */
export function clientAddressOf(headers: Record<string, unknown> | undefined, proxies: BlockList): string {
  const header = (name: string) => (typeof headers?.[name] === "string" ? (headers[name] as string) : undefined);
  const peer = process.env[PEER_HEADER_TRUSTED] === "1" ? header(PEER_HEADER) : undefined;
  return clientAddress(peer, header("x-forwarded-for"), proxies);
}
