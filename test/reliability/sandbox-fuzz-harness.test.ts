import { describe, expect, it } from 'vitest';
import { sendFuzzed, type FuzzTarget } from './sandbox-fuzz-harness';

/* The fuzz harness must notice each way an answer can be wrong, or a green fuzz run means nothing. */

const clock = { advance: () => {} };
const answering = (response: () => Response): FuzzTarget => ({ fetch: async () => response(), clock });
const json = (status: number, body: unknown, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const envelope = { error: { type: 'validation_error', code: 'validation_failed', message: 'name is missing', doc_url: '/errors/validation_failed', request_id: 'req_1' } };
const get = (path: string, headers: Record<string, string> = {}) => ({ method: 'GET', path, headers });

describe('the fuzz harness', () => {
  it('passes a documented answer', async () => {
    const answer = await sendFuzzed(answering(() => json(404, { error: { ...envelope.error, type: 'validation_error', code: 'resource_not_found' } })), get('/api/v1/users/usr_9'));
    expect(answer.findings).toEqual([]);
  });

  it('reports a 5xx', async () => {
    const answer = await sendFuzzed(answering(() => json(500, { error: { ...envelope.error, type: 'system_error', code: 'internal_error' } })), get('/api/v1/users/usr_1'));
    expect(answer.findings.join()).toContain('no fuzzed request may crash the sandbox');
  });

  it('reports an error outside the envelope', async () => {
    const answer = await sendFuzzed(answering(() => new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain' } })), get('/api/v1/users/usr_9'));
    expect(answer.findings.join()).toContain('every error must carry the JSON error envelope');
  });

  it('reports a plain JSON error to a client that asked for problem+json only', async () => {
    const answer = await sendFuzzed(answering(() => json(404, envelope)), get('/api/v1/users/usr_9', { Accept: 'application/problem+json' }));
    expect(answer.findings.join()).toContain('asked for application/problem+json only');
  });

  it('reports a 2xx body that does not match the document', async () => {
    const answer = await sendFuzzed(answering(() => json(200, { data: { id: 7 } })), get('/api/v1/users/usr_1'));
    expect(answer.findings.join()).toContain('does not match /openapi.json');
  });

  it('reports a status the document does not list', async () => {
    const answer = await sendFuzzed(answering(() => json(418, envelope)), get('/api/v1/users/usr_1'));
    expect(answer.findings.join()).toContain('documents no 418 response');
  });

  it('reports a request that is never answered, even after the client hangs up', async () => {
    const answer = await sendFuzzed({ fetch: () => new Promise<Response>(() => {}), clock }, get('/api/v1/users'));
    expect(answer.findings.join()).toContain('no answer within');
  });
});
