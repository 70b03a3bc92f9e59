/**
 * Links that open the console with a request filled in ("Open in console" on a Try-it
 * block): the request travels in the query string, so the link can be bookmarked or
 * shared, and nothing is sent until the learner presses Send. No imports: Try-it blocks sit
 * on every chapter page, and this is all they need of the console. The console reads such a
 * link back with `draftFromSearch` (console-request.ts).
 */

/** The console's route. */
export const CONSOLE_PATH = '/tools/console';

/** A request in the Try-it blocks' shape: headers as `Name: value` lines. */
export interface LinkedRequest {
  method: string;
  url: string;
  headerText: string;
  body: string;
}

/** The console URL that opens with this request in the form. */
export function consoleHref(request: LinkedRequest): string {
  const query = new URLSearchParams({ method: request.method, url: request.url });
  if (request.headerText.trim() !== '') query.set('headers', request.headerText);
  if (request.body !== '') query.set('body', request.body);
  return `${CONSOLE_PATH}?${query}`;
}
