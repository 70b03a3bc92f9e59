/**
 * The app's Content-Security-Policy, in one place: the build's <meta>, `vite preview`'s
 * headers and the static-host `_headers` file are all written from these lists, so they
 * cannot drift apart. The rule behind every line: nothing from another origin, ever
 * (ARCHITECTURE.md, "Nothing at run time leaves the machine").
 */

type Directives = Readonly<Record<string, readonly string[]>>;

/** The policy of every page (the HTML document). */
export const pageDirectives: Directives = {
  'default-src': ["'self'"],
  // Built scripts are files on this origin; the build has no inline script. Monaco,
  // the graders and the sandbox need no eval on the page (they run eval-free, or in workers).
  'script-src': ["'self'"],
  // Monaco's editor/TS/JSON workers and the grading worker are files here; MSW's service
  // worker too. blob: is kept for libraries that spin a worker from a Blob URL.
  'worker-src': ["'self'", 'blob:'],
  // fetch() to the sandbox (answered by MSW's service worker on this origin) and the
  // in-tab WebSocket: msw/ws replaces the WebSocket class, so no socket is opened and
  // 'self' (which covers ws: to this host in CSP 3) is enough.
  'connect-src': ["'self'"],
  // The favicon, inline SVG data URLs of Monaco's icons, and blob: images (downloads, previews).
  'img-src': ["'self'", 'data:', 'blob:'],
  // Monaco positions its lines with style attributes and injects <style> elements at
  // run time; React's style={} props are attributes too. Styles cannot run code.
  'style-src': ["'self'", "'unsafe-inline'"],
  // Monaco's codicon font is a file here; data: for fonts a bundler inlines.
  'font-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/**
 * The policy a worker runs under, sent with every script file (a browser applies a
 * script response's policy only when the script becomes a worker). The grading worker
 * imports the learner's compiled code from a blob: URL (TypeScript exercises), and ajv
 * compiles JSON Schemas with new Function (docs-review checks its examples against
 * their schemas; without 'unsafe-eval' its solution fails), so scripts there need
 * blob: and 'unsafe-eval'. connect-src stays 'self': learner code reaches no other host.
 */
export const workerDirectives: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", 'blob:', "'unsafe-eval'"],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
};

// Only a response header can say who may frame the app; a <meta> policy ignores it.
const headerOnly: Directives = { 'frame-ancestors': ["'none'"] };

/** Writes directives as policy text. */
export function policyText(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The page policy for the build's <meta http-equiv> tag. */
export const metaPolicy = policyText(pageDirectives);
/** The page policy as a response header (adds frame-ancestors, which only a header can carry). */
export const pageHeaderPolicy = policyText({ ...pageDirectives, ...headerOnly });
/** The policy header for script files, which is what a worker runs under. */
export const workerHeaderPolicy = policyText({ ...workerDirectives, ...headerOnly });

/** The policy header a response for `path` should carry: scripts get the worker policy, everything else the page's. */
export function policyForPath(path: string): string {
  return /\.m?js(\?|$)/.test(path) ? workerHeaderPolicy : pageHeaderPolicy;
}
