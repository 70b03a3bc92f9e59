import { percentile } from './percentile';
import type { RequestRecord } from './request-record';

/**
 * The sandbox's service level objectives, and how a window of requests measures up.
 *
 * - availability: the share of requests answered without a server error (status < 500).
 *   Objective ≥ 99.9 %; warning below it, critical below 99 %.
 * - latency_p95: the 95th percentile of durations (nearest rank). Objective ≤ 500 ms;
 *   warning above it, critical above 1000 ms.
 * - error_rate: the share of requests answered with any error (status ≥ 400). Client errors
 *   count here on purpose: a wave of 401s after a key rotation, or 422s after a breaking
 *   change, hurts the API's users as much as an outage. Objective ≤ 1 %; warning above it,
 *   critical above 5 %.
 *
 * A value exactly at the objective meets it. A window without requests is `no_data`, never
 * a violation: silence is not an outage the sandbox can see.
 */

export type SloId = 'availability' | 'latency_p95' | 'error_rate';
export type SloStatus = 'ok' | 'warning' | 'critical' | 'no_data';
export type Severity = 'warning' | 'critical';

export interface SloDefinition {
  id: SloId;
  description: string;
  unit: 'ratio' | 'ms';
  /** `min`: the value must stay at or above the thresholds; `max`: at or below. */
  direction: 'min' | 'max';
  /** The objective; crossing it is a warning. */
  objective: number;
  /** Crossing this is critical. */
  critical: number;
}

export const SLO_DEFINITIONS: readonly SloDefinition[] = [
  { id: 'availability', description: 'Share of requests answered without a server error (status < 500).', unit: 'ratio', direction: 'min', objective: 0.999, critical: 0.99 },
  { id: 'latency_p95', description: '95th percentile of response times (nearest rank), in milliseconds.', unit: 'ms', direction: 'max', objective: 500, critical: 1000 },
  { id: 'error_rate', description: 'Share of requests answered with an error (status ≥ 400, client errors included).', unit: 'ratio', direction: 'max', objective: 0.01, critical: 0.05 },
];

export interface SloResult {
  id: SloId;
  status: SloStatus;
  /** The measured value; null without requests. */
  value: number | null;
  /** For the two ratios: the bad requests the objective allows in this window, and the share of that already used. */
  error_budget: { allowed: number; used: number; used_ratio: number | null } | null;
}

/** Measures one SLO over the requests of a window. */
export function evaluateSlo(definition: SloDefinition, records: readonly RequestRecord[]): SloResult {
  const value = measure(definition.id, records);
  return { id: definition.id, status: statusOf(definition, value), value, error_budget: budget(definition, records) };
}

/** ok, warning or critical for a value (no_data for null), with the objective itself counting as met. */
export function statusOf(definition: SloDefinition, value: number | null): SloStatus {
  if (value === null) return 'no_data';
  // A hair of tolerance: 1 − 1/1000 must meet a 99.9 % objective even if floating point rounds it down.
  const beyond = (threshold: number) => (definition.direction === 'min' ? value < threshold - 1e-12 : value > threshold + 1e-12);
  if (beyond(definition.critical)) return 'critical';
  return beyond(definition.objective) ? 'warning' : 'ok';
}

function measure(id: SloId, records: readonly RequestRecord[]): number | null {
  if (records.length === 0) return null;
  if (id === 'latency_p95') return percentile(records.map((record) => record.durationMs), 95);
  const bad = records.filter((record) => (id === 'availability' ? record.status >= 500 : record.status >= 400)).length;
  return id === 'availability' ? 1 - bad / records.length : bad / records.length;
}

// An error budget: how many bad requests the objective tolerates in this window (0.1 % of 2000 requests is 2).
function budget(definition: SloDefinition, records: readonly RequestRecord[]): SloResult['error_budget'] {
  if (definition.unit !== 'ratio') return null;
  const allowedShare = definition.direction === 'min' ? 1 - definition.objective : definition.objective;
  const used = records.filter((record) => (definition.id === 'availability' ? record.status >= 500 : record.status >= 400)).length;
  const allowed = allowedShare * records.length;
  return { allowed: round(allowed), used, used_ratio: records.length ? round(used / allowed) : null };
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;
