import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors';
import { findJsonSyntaxError } from './json-syntax';

/**
 * JSON bodies: before an operation validates its fields, the body must be JSON at all.
 * - a body in another format (or with no Content-Type) → 415 `unsupported_media_type`
 * - an empty body or broken JSON → 400 `invalid_json`, saying at which line and column
 * Runs only on operations that take a body, after routing, so an unknown path is
 * still a 404 and a wrong method still a 405.
 */

// application/json and any +json type (application/merge-patch+json, ...), parameters allowed.
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** Middleware for operations that take a JSON body. */
export function jsonBody(): MiddlewareHandler {
  return async (c, next) => {
    const contentType = c.req.header('Content-Type');
    const mediaType = contentType?.split(';')[0]!.trim() ?? '';
    if (mediaType && !JSON_MEDIA_TYPE.test(mediaType)) {
      throw new ApiError(
        'unsupported_media_type',
        `This operation reads JSON, but the body was sent as ${mediaType}. Send JSON with the header Content-Type: application/json.`,
        { param: 'Content-Type' },
      );
    }

    // Hono caches the text, so the validator that runs next reads the same body again.
    const text = await c.req.text();
    if (!mediaType && text.length > 0) {
      throw new ApiError(
        'unsupported_media_type',
        'The request has a body but no Content-Type header. Add Content-Type: application/json.',
        { param: 'Content-Type' },
      );
    }
    if (text.trim() === '') {
      throw new ApiError('invalid_json', 'The request body is empty. Send a JSON object with the fields this operation takes (see /openapi.json).', {
        param: 'body',
      });
    }
    try {
      JSON.parse(text);
    } catch (error) {
      const found = findJsonSyntaxError(text);
      const where = found ? `${found.reason}, at line ${found.line}, column ${found.column}` : (error as Error).message;
      throw new ApiError('invalid_json', `The request body is not valid JSON: ${where}. Fix the JSON and send it again.`, { param: 'body' });
    }
    await next();
  };
}
