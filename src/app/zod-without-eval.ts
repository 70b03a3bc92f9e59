/**
 * Runs zod without its code-generating fast path. Zod probes for eval with a caught
 * `new Function("")` the first time it parses an object; under the app's policy
 * (script-src 'self', see csp-policy.ts) the probe is refused and reported as a
 * Content-Security-Policy violation even though zod recovers. `jitless` skips the
 * probe; the parses here are small, so the slower path costs nothing visible.
 * Imported first thing in main.tsx, before any schema parses.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
