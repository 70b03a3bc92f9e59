/**
 * Runs zod without its code-generating fast path. Zod probes for eval with a caught
 * `new Function("")` the first time it parses an object; under the app's policy
 * (script-src 'self', see csp-policy.ts) the probe is refused and reported as a
 * Content-Security-Policy violation even though zod recovers. `jitless` skips the
 * probe; the parses here are small, so the slower path costs nothing visible.
 *
 * Zod keeps its configuration on `globalThis.__zod_globalConfig` (zod/v4/core's
 * `config()` writes there). Setting it directly keeps zod itself off the first page —
 * importing `config` pulled in 13 KB of zod's core; test/unit/zod-without-eval.test.ts
 * checks that zod still reads the setting from there.
 * Imported first thing in main.tsx, before any schema parses.
 */
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
// Mutated, not replaced: should zod already have loaded, it holds this very object.
(scope.__zod_globalConfig ??= {}).jitless = true;
export {};
