import type { GatewayService } from './config-schema';
import { appendVia, withoutHopByHop } from './forwarding-headers';

/**
 * The answer of an upstream, as the client sees it through the gateway. Every response says
 * which service answered (X-Upstream), so a client or the lab can see the canary split. The
 * canary variant is the same sandbox answering as a new release would: additively, with one
 * more field (`served_by`) on JSON objects — a change old clients must ignore (chapter 5).
 */

/** A copy of `response` with proxy headers set and, for a canary, its additive field. */
export async function asUpstream(service: GatewayService, response: Response): Promise<Response> {
  const headers = withoutHopByHop(response.headers);
  appendVia(headers);
  headers.set('X-Upstream', service.name);
  headers.set('X-Upstream-Variant', service.variant);
  let body: BodyInit | null = response.body;
  if (service.variant === 'canary' && /json/.test(headers.get('Content-Type') ?? '')) {
    const text = await response.text();
    body = text;
    const parsed = parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      body = JSON.stringify({ ...parsed, served_by: service.name });
      headers.delete('Content-Length'); // the body grew; the length of the old one would cut it short
      headers.delete('ETag'); // a different representation must not share the stable one's validator
    }
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
