import { OpenAPIHono } from '@hono/zod-openapi';
import type { Principal } from './auth/principal';
import { validationHook } from './patterns/validation';

/** What middleware puts on the request context for later code to read. */
export interface SandboxEnv {
  Variables: {
    /** This request's id, echoed in X-Request-Id and in every error body. */
    requestId: string;
    /** Who is calling; set by the authenticate middleware (absent before it runs: treat as ANONYMOUS). */
    principal?: Principal;
  };
}

/** A router whose request validation failures all go through the one error path. */
export function createRouter(): OpenAPIHono<SandboxEnv> {
  return new OpenAPIHono<SandboxEnv>({ defaultHook: validationHook });
}
