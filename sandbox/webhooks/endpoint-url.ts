import { ApiError } from '../patterns/errors';

/**
 * Where an endpoint may point. Deliveries never leave the sandbox: the browser app must
 * make no request to another host, and one rule for all three doors (browser, tests,
 * `npm run sandbox`) keeps the behaviour the same everywhere. So a URL must be on the
 * sandbox's own origin, and the sandbox app answers it itself; the demo receiver is
 * /api/v1/webhook-inbox/{inbox}. A path alone is taken as one on the sandbox's origin.
 */

/** The absolute URL to store for `input`, or a 422 that says what to send instead. */
export function resolveEndpointUrl(input: string, origin: string): string {
  const example = `${origin}/api/v1/webhook-inbox/demo`;
  let url: URL;
  try {
    url = new URL(input, origin);
  } catch {
    throw refuse(`url ${JSON.stringify(input)} is not a URL. Send an absolute URL on this sandbox, such as ${example}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw refuse(`url must use http or https, not ${url.protocol.slice(0, -1)}. Send a URL such as ${example}.`);
  }
  if (url.origin !== origin) {
    throw refuse(
      `url points at ${url.origin}, but the sandbox delivers only to its own origin (${origin}): it runs in your browser and sends nothing to other hosts. Use its demo receiver, such as ${example}.`,
    );
  }
  if (url.username || url.password) throw refuse('url must not contain a user name or password; the signature is what authenticates a delivery.');
  url.hash = '';
  return url.href;
}

function refuse(message: string): ApiError {
  return new ApiError('validation_failed', message, { details: [{ field: 'url', code: 'not_allowed', message }] });
}
