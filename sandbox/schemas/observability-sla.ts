import { z } from '@hono/zod-openapi';

/** The body of GET /api/v1/sandbox/sla: the SLOs over a window, and the alerts on them. */

const SLO_IDS = ['availability', 'latency_p95', 'error_rate'] as const;
const SEVERITIES = ['warning', 'critical'] as const;

const SloSchema = z.object({
  id: z.enum(SLO_IDS),
  description: z.string(),
  unit: z.enum(['ratio', 'ms']),
  objective: z.string().openapi({ description: 'The objective, for people.', example: '≥ 99.9 %' }),
  thresholds: z.object({
    direction: z.enum(['min', 'max']).openapi({ description: 'min: the value must stay at or above; max: at or below.' }),
    warning: z.number().openapi({ description: 'The objective: beyond it is a warning; exactly at it is met.' }),
    critical: z.number().openapi({ description: 'Beyond this is critical.' }),
  }),
  status: z.enum(['ok', 'warning', 'critical', 'no_data']).openapi({ description: 'no_data: no requests in the window, which is never a violation.' }),
  value: z.number().nullable(),
  error_budget: z
    .object({
      allowed: z.number().min(0).openapi({ description: 'Bad requests the objective allows among this window’s requests.' }),
      used: z.int().min(0),
      used_ratio: z.number().min(0).nullable().openapi({ description: 'used / allowed: above 1 the budget is spent.' }),
    })
    .nullable()
    .openapi({ description: 'For the ratio SLOs; null for latency.' }),
});

const AlertSchema = z.object({
  slo: z.enum(SLO_IDS),
  state: z.enum(['pending', 'firing']).openapi({ description: 'pending: violated, waiting out `for_seconds`; firing: violated for at least that long.' }),
  severity: z.enum(SEVERITIES),
  peak_severity: z.enum(SEVERITIES),
  since: z.iso.datetime().openapi({ description: 'When the violation was first seen.' }),
  firing_since: z.iso.datetime().nullable(),
  for_seconds: z.int().min(0).openapi({ description: 'How long the SLO must stay violated before the alert fires.', example: 30 }),
  active_seconds: z.number().min(0).openapi({ description: 'How long it has been violated so far.' }),
  value: z.number(),
  summary: z.string().openapi({ example: 'availability is 97.5 %, below the 99.9 % objective (critical below 99 %) over the last 5m.' }),
});

export const SlaSchema = z
  .object({
    window: z.object({ duration: z.string().openapi({ example: '5m' }), from: z.iso.datetime(), to: z.iso.datetime(), requests: z.int().min(0) }),
    status: z.enum(['ok', 'warning', 'critical', 'no_data']).openapi({ description: 'The worst status of the SLOs.' }),
    slos: z.array(SloSchema),
    alerts: z.object({
      rule_window: z.string().openapi({ description: 'Alert rules always look at this window, whatever `window` you ask for.', example: '5m' }),
      active: z.array(AlertSchema),
      resolved: z
        .array(z.object({ slo: z.enum(SLO_IDS), peak_severity: z.enum(SEVERITIES), since: z.iso.datetime(), firing_since: z.iso.datetime(), resolved_at: z.iso.datetime() }))
        .openapi({ description: 'Alerts that fired and cleared, newest first (at most 20).' }),
    }),
    meta: z.object({ percentile_method: z.literal('nearest-rank'), excluded: z.array(z.string()) }),
  })
  .openapi('Sla');
