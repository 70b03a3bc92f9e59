import spectralCore from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { describe, expect, it } from 'vitest';
import { operationIdFor } from '../../sandbox/openapi-operation-ids';
import { openApiDocument } from './support';

/**
 * /openapi.json under Spectral's own OpenAPI ruleset (`spectral:oas`, recommended rules):
 * the lint a reader of chapter 10 runs on their API, run here on ours.
 */

const { Spectral, Document } = spectralCore as unknown as {
  Spectral: new () => { setRuleset(ruleset: unknown): void; run(document: unknown): Promise<Finding[]> };
  Document: new (text: string, parser: unknown) => unknown;
};

interface Finding {
  code: string | number;
  message: string;
  path: (string | number)[];
  severity: number; // 0 error, 1 warning, 2 info, 3 hint
}

async function lint(document: object): Promise<Finding[]> {
  const spectral = new Spectral();
  spectral.setRuleset({ extends: [[oas, 'recommended']] });
  return spectral.run(new Document(JSON.stringify(document), Parsers.Json));
}

const describeFinding = (finding: Finding) => `${finding.code} at ${finding.path.join('.')}: ${finding.message}`;

// Warnings we keep on purpose, each with its reason. Anything else is a finding to fix.
const ACCEPTED_WARNINGS: Record<string, (finding: Finding) => boolean> = {
  // GET /api/v1/realtime is a WebSocket upgrade: success is 101 Switching Protocols, which the doors answer
  // before the app; plain HTTP gets 426. OpenAPI has no way to describe the socket, and a fake 2xx would lie.
  'operation-success-response': (finding) => finding.path.slice(0, 3).join(' ') === 'paths /api/v1/realtime get',
};

describe('Spectral lint of /openapi.json (spectral:oas)', () => {
  it('finds no errors', async () => {
    const findings = await lint(await openApiDocument());
    const errors = findings.filter((finding) => finding.severity === 0);
    expect(errors.map(describeFinding), 'fix each finding in the route that declares it').toEqual([]);
  }, 60_000);

  it('finds no warnings beyond the accepted one (every operation has an operationId and a description, info has a contact)', async () => {
    const findings = await lint(await openApiDocument());
    const unexpected = findings.filter((finding) => finding.severity === 1 && !ACCEPTED_WARNINGS[String(finding.code)]?.(finding));
    expect(unexpected.map(describeFinding)).toEqual([]);
  }, 60_000);

  it('reports a broken document, so a clean result means something', async () => {
    const document = structuredClone(await openApiDocument()) as any;
    document.paths['/api/v1/users'].get.responses = {};
    delete document.info.version;
    const codes = (await lint(document)).map((finding) => finding.code);
    expect(codes).toContain('oas3-schema');
    expect(codes).toContain('operation-success-response');
  }, 60_000);
});

describe('operationIds', () => {
  it('derives readable camelCase names from method and path', () => {
    expect(operationIdFor('get', '/api/v1/users')).toBe('listUsers');
    expect(operationIdFor('post', '/api/v1/users')).toBe('createUser');
    expect(operationIdFor('get', '/api/v1/users/{id}')).toBe('getUser');
    expect(operationIdFor('patch', '/api/v1/users/{id}')).toBe('updateUser');
    expect(operationIdFor('put', '/api/v1/products/{id}')).toBe('replaceProduct');
    expect(operationIdFor('delete', '/api/v1/addresses/{id}')).toBe('deleteAddress');
    expect(operationIdFor('get', '/api/v1/users/{id}/orders')).toBe('listUserOrders');
    expect(operationIdFor('post', '/api/v1/orders/{id}/items')).toBe('createOrderItem');
    expect(operationIdFor('post', '/api/v1/orders/{id}/pay')).toBe('payOrder');
    expect(operationIdFor('post', '/api/v1/webhooks/endpoints/{id}/rotate-secret')).toBe('rotateWebhookEndpointSecret');
    expect(operationIdFor('get', '/api/v2/users/{id}')).toBe('getUserV2');
    expect(operationIdFor('get', '/api/users')).toBe('listUsersNegotiated');
    expect(operationIdFor('post', '/api/v1/chat.postMessage')).toBe('chatPostMessage');
    expect(operationIdFor('get', '/.well-known/jwks.json')).toBe('getJwks');
  });

  it('gives every operation of the document a unique camelCase operationId', async () => {
    const document = await openApiDocument();
    const ids = Object.values(document.paths).flatMap((item) => Object.values(item).map((operation: any) => operation.operationId as string));
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
