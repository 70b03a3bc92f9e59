/**
 * Reads the answer of POST /api/v1/sandbox/tokens/inspect: the sandbox's verdict on a
 * token and each check its own verification ran, so the inspector can list them with
 * ✓ or ✗ and the reason.
 */

export interface InspectionCheck {
  /** signature, algorithm, type, expiry, not_before, issuer, audience or revocation. */
  name: string;
  ok: boolean;
  /** What was found; for a failure, why it matters. */
  detail: string;
}

export interface Inspection {
  /** Whether the API would accept the token now. */
  accepted: boolean;
  /** Why the API refuses it, or null when it accepts it. */
  verdict: string | null;
  checks: InspectionCheck[];
}

/** The inspection in the endpoint's JSON, or null when the body is not one (an error envelope, say). */
export function readInspection(body: unknown): Inspection | null {
  const value = body as { accepted?: unknown; verdict?: unknown; checks?: unknown } | null;
  if (!value || typeof value.accepted !== 'boolean' || !Array.isArray(value.checks)) return null;
  const checks = value.checks.flatMap((entry: { name?: unknown; ok?: unknown; detail?: unknown } | null): InspectionCheck[] =>
    typeof entry?.name === 'string' && typeof entry.ok === 'boolean' ? [{ name: entry.name, ok: entry.ok, detail: typeof entry.detail === 'string' ? entry.detail : '' }] : [],
  );
  return { accepted: value.accepted, verdict: typeof value.verdict === 'string' ? value.verdict : null, checks };
}

