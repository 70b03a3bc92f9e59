import type { Clock } from '../store/clock';
import { loadGatewayConfig, type ConfigProblem } from './config-load';
import type { GatewayConfig } from './config-schema';
import { DEFAULT_GATEWAY_CONFIG } from './default-config';
import { GatewayStats } from './gateway-stats';
import { FixedWindows } from './rate-limit-windows';
import { seededRandom } from './seeded-random';

/**
 * The gateway's state, kept in the sandbox runtime: the document in force (its text and
 * its checked form), the dice, the rate-limit windows and the stats. A reload swaps the
 * document only when the new one is valid: a typo never takes the gateway down.
 */

export interface Gateway {
  /** The document in force, as written. */
  text(): string;
  /** The checked document in force. */
  config(): GatewayConfig;
  /** When the document in force was loaded (epoch ms, sandbox clock). */
  loadedAt(): number;
  /** Replaces the document if `text` is valid; otherwise lists every problem and keeps the old one. */
  reload(text: string): { ok: true } | { ok: false; problems: ConfigProblem[] };
  /** The next number of the seeded sequence, in [0, 1). */
  random(): number;
  windows: FixedWindows;
  stats: GatewayStats;
  /** Back to the default document, a fresh sequence, empty windows and stats. */
  reset(): void;
}

/** Creates the gateway state of one sandbox, loaded with the default document. */
export function createGateway(clock: Clock): Gateway {
  const initial = loadGatewayConfig(DEFAULT_GATEWAY_CONFIG);
  // The default is part of the sandbox: if it is broken, say so at start-up, not on the first request.
  if (!initial.ok) throw new Error(`The default gateway document is invalid: ${JSON.stringify(initial.problems)}. Fix sandbox/gateway/default-config.ts.`);
  let text = DEFAULT_GATEWAY_CONFIG;
  let config = initial.config;
  let loadedAt = clock.now();
  let random = seededRandom(config.seed);
  const windows = new FixedWindows(clock);
  const stats = new GatewayStats();

  return {
    text: () => text,
    config: () => config,
    loadedAt: () => loadedAt,
    reload(next) {
      const result = loadGatewayConfig(next);
      if (!result.ok) return result;
      text = next;
      config = result.config;
      loadedAt = clock.now();
      // A new document restarts the sequence and the counts, so its split is measured on its own.
      random = seededRandom(config.seed);
      windows.reset();
      stats.reset();
      return { ok: true };
    },
    random: () => random(),
    windows,
    stats,
    reset() {
      text = DEFAULT_GATEWAY_CONFIG;
      config = initial.config;
      loadedAt = clock.now();
      random = seededRandom(config.seed);
      windows.reset();
      stats.reset();
    },
  };
}
