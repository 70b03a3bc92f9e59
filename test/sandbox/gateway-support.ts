import type { Sandbox } from '../../sandbox/index';
import { call, ORIGIN, type CallResult } from './support';

/**
 * Helpers for the gateway tests. Successful answers under /gateway/* are the sandbox's own
 * operations behind another prefix, which /openapi.json does not list, so they are read with
 * a plain fetch; errors and the control routes go through `call` and its schema checks.
 */

/** Sends a request through the gateway and reads the answer (no OpenAPI check). */
export async function viaGateway(sandbox: Sandbox, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<CallResult> {
  const response = await sandbox.fetch(new Request(`${ORIGIN}/gateway${path}`, { method, headers, body }));
  const text = await response.text();
  const parsed = /json/.test(response.headers.get('Content-Type') ?? '') && text ? JSON.parse(text) : undefined;
  return { status: response.status, headers: response.headers, body: parsed, text };
}

/** PUT /api/v1/sandbox/gateway/config with `document` as YAML text. */
export function loadDocument(sandbox: Sandbox, document: string): Promise<CallResult> {
  return call(sandbox, 'PUT', '/api/v1/sandbox/gateway/config', { body: document, headers: { 'Content-Type': 'application/yaml' } });
}

/** A one-route document: `service` in front of `upstream`, with optional plugins and traffic YAML (indented as given). */
export function oneRoute(options: { upstream?: string; paths?: string; methods?: string; plugins?: string; traffic?: string; extraServices?: string } = {}): string {
  return `seed: 7
services:
  - name: svc
    upstream: ${options.upstream ?? '/api/v1/orders'}
    plugins: ${options.plugins ?? '[]'}
${options.extraServices ?? ''}
routes:
  - name: main
    service: svc
    paths: ${options.paths ?? '[/orders]'}
    methods: ${options.methods ?? '[GET, POST]'}
${options.traffic ? `    traffic:\n${options.traffic}` : ''}
`;
}
