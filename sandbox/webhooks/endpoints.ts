import { Collection } from '../store/collection';
import { generateSecret } from './signature';

/**
 * Registered webhook endpoints. The secret is stored because the sandbox signs with it;
 * the API shows it once (on registration and on rotation) and never again.
 */

export interface WebhookEndpoint {
  id: string;
  /** Absolute URL on the sandbox's own origin. */
  url: string;
  /** Event types or patterns (`order.*`) this endpoint receives. */
  events: string[];
  description: string | null;
  secret: string;
  created_at: string;
  /** When the secret was last replaced; null until the first rotation. */
  secret_rotated_at: string | null;
}

/** The endpoint table (`ep_1`, `ep_2`, …). */
export function createEndpointTable(): Collection<WebhookEndpoint> {
  return new Collection<WebhookEndpoint>('ep', () => []);
}

/** Registers an endpoint with a fresh secret. */
export function registerEndpoint(table: Collection<WebhookEndpoint>, fields: { url: string; events: string[]; description?: string }, now: string): WebhookEndpoint {
  return table.insert({
    url: fields.url,
    events: [...new Set(fields.events)],
    description: fields.description ?? null,
    secret: generateSecret(),
    created_at: now,
    secret_rotated_at: null,
  });
}

/** Replaces an endpoint's secret at once; attempts from now on are signed with the new one. */
export function rotateSecret(table: Collection<WebhookEndpoint>, id: string, now: string): WebhookEndpoint | undefined {
  return table.update(id, { secret: generateSecret(), secret_rotated_at: now });
}
