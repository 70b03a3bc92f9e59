/**
 * What a proxy does to headers on the way through (RFC 9110 §7.6): hop-by-hop fields
 * describe one connection, so they are dropped, including any the Connection header names;
 * `Via` records each intermediary (§7.6.3); `Forwarded` (RFC 7239) tells the upstream what
 * the client's request looked like before the gateway rewrote it.
 */

/** Fields that only mean something on one connection, never forwarded (RFC 9110 §7.6.1). */
export const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'te', 'transfer-encoding', 'upgrade', 'proxy-authenticate', 'proxy-authorization', 'trailer'];

/** The gateway's name in `Via`: a pseudonym, as RFC 9110 allows, rather than a host name. */
export const VIA = '1.1 workbench-gateway';

/** A copy of `headers` without hop-by-hop fields, including those listed in Connection. */
export function withoutHopByHop(headers: Headers): Headers {
  const listed = (headers.get('Connection') ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const copy = new Headers(headers);
  for (const name of [...HOP_BY_HOP, ...listed]) copy.delete(name);
  return copy;
}

/** Appends this gateway to Via, keeping the hops before it. */
export function appendVia(headers: Headers): void {
  const before = headers.get('Via');
  headers.set('Via', before ? `${before}, ${VIA}` : VIA);
}

/**
 * Appends this hop's element to Forwarded. The in-process client has no address, so `for`
 * is the RFC 7239 §6.2 token "unknown"; host and proto are the ones the client used, quoted
 * where the grammar needs it (a host with a port contains ":").
 */
export function appendForwarded(headers: Headers, clientUrl: URL): void {
  const element = `for=unknown;host="${clientUrl.host}";proto=${clientUrl.protocol.replace(':', '')}`;
  const before = headers.get('Forwarded');
  headers.set('Forwarded', before ? `${before}, ${element}` : element);
}
