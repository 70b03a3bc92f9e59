import type { Clock } from '../store/clock';
import { NO_ALERTS, nextAlerts, type AlertState } from './alerts';
import { createHttpMetrics, type HttpMetrics } from './http-metrics';
import { RequestLog } from './log-lines';
import type { RequestRecord } from './request-record';
import { RingBuffer } from './ring-buffer';
import { evaluateSlo, SLO_DEFINITIONS, type SloResult } from './slo';
import { inWindow } from './analytics';

/**
 * The sandbox's observability state, fed by one middleware (middleware.ts): the metrics
 * behind /metrics, the structured log, the request records behind analytics and the SLA,
 * and the alerts. `reset` empties all of it (sandbox reset calls it).
 */

/** Log lines kept for the viewer, and request records kept for analytics and the SLA. */
export const LOG_CAPACITY = 2_000;
export const RECORD_CAPACITY = 10_000;
/** The window the alert rules look at, whatever window a caller asks the SLA route for. */
export const ALERT_WINDOW_MS = 5 * 60_000;
// Alerts are re-evaluated as requests finish, at most once per sandbox-clock second: enough for a
// live panel, and a load test of thousands of requests does not sort the window thousands of times.
const EVALUATE_EVERY_MS = 1_000;

export interface Observability {
  readonly clock: Clock;
  readonly metrics: HttpMetrics;
  readonly log: RequestLog;
  /** Bumped by reset: a request that began before a reset is not recorded after it. */
  readonly generation: number;
  /** Keeps a finished request for analytics and the SLA, and re-evaluates the alerts now and then. */
  keep(record: RequestRecord): void;
  /** The kept request records, oldest first, and how many older ones were dropped for room. */
  records(): { records: readonly RequestRecord[]; dropped: number };
  /** The SLOs over the window ending now. */
  slos(windowMs: number): SloResult[];
  /** Evaluates the alert rules now and returns the alerts. */
  alerts(): AlertState;
  reset(): void;
}

/** Creates the observability state of one sandbox, timed by its clock. */
export function createObservability(clock: Clock): Observability {
  const metrics = createHttpMetrics();
  const log = new RequestLog(LOG_CAPACITY);
  const kept = new RingBuffer<RequestRecord>(RECORD_CAPACITY);
  let alertState: AlertState = NO_ALERTS;
  let lastEvaluation = -Infinity;
  let generation = 0;

  const slos = (windowMs: number) => {
    const now = clock.now();
    const window = inWindow(kept.toArray(), now - windowMs, now);
    return SLO_DEFINITIONS.map((definition) => evaluateSlo(definition, window));
  };
  const evaluate = () => {
    lastEvaluation = clock.now();
    alertState = nextAlerts(alertState, slos(ALERT_WINDOW_MS), lastEvaluation);
    return alertState;
  };

  return {
    clock,
    metrics,
    log,
    get generation() {
      return generation;
    },
    keep(record) {
      kept.push(record);
      // Math.abs: a clock set back (PUT /api/v1/sandbox/clock) must not pause the evaluations until it catches up.
      if (Math.abs(clock.now() - lastEvaluation) >= EVALUATE_EVERY_MS) evaluate();
    },
    records: () => ({ records: kept.toArray(), dropped: kept.dropped }),
    slos,
    alerts: evaluate,
    reset() {
      generation += 1;
      metrics.reset();
      log.reset();
      kept.clear();
      alertState = NO_ALERTS;
      lastEvaluation = -Infinity;
    },
  };
}
