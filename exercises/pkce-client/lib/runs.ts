/**
 * The grading runs: the learner's client is created and driven through four sign-ins, each on
 * its own fresh sandbox, and everything is kept — requests, printed output, each step's outcome
 * and the sandbox's OAuth log — so every check judges the same runs.
 */
import { CLIENT_ID, REDIRECT_URI, SCOPE, consentHelper, createGradingSandbox, oauthLog, recordingFetch, withConsoleRecorded, type ConsentAnswer, type RecordedRequest } from './harness';

/** One step of a run: what the learner's method did. */
export interface StepOutcome {
  step: string;
  ok: boolean;
  /** The thrown error's message, when the step rejected. */
  error: string | null;
  /** For request(): the status the API answered. */
  status: number | null;
}

export interface Run {
  name: string;
  steps: StepOutcome[];
  requests: RecordedRequest[];
  /** Everything the client printed to the console. */
  printed: string;
  /** The redirects `approve` handed the client (its callback URLs). */
  delivered: string[];
  log: { step: string; outcome: string; detail: string }[];
}

export interface Runs {
  /** signIn, request, refresh, refresh, request: the whole life of one client. */
  main: Run;
  /** A second client's sign-in, to compare its secrets with the first. */
  second: Run;
  /** The callback comes back with a state the client never sent. */
  forged: Run;
  /** The person declines. */
  declined: Run;
}

export type CreateClient = (options: PkceClientOptions) => unknown;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function drive(name: string, create: CreateClient, answer: ConsentAnswer, script: string[]): Promise<Run> {
  const sandbox = createGradingSandbox();
  const { fetch, requests } = recordingFetch(sandbox);
  const { approve, delivered } = consentHelper(sandbox, answer);
  const steps: StepOutcome[] = [];
  let printed = '';
  const created = await withConsoleRecorded(async () => create({ fetch, approve, clientId: CLIENT_ID, redirectUri: REDIRECT_URI, scope: SCOPE }));
  printed += created.printed;
  const client = created.result.status === 'fulfilled' ? (created.result.value as Record<string, unknown> | null) : null;
  if (!client || typeof client !== 'object') {
    const error = created.result.status === 'rejected' ? describe(created.result.reason) : `it returned ${JSON.stringify(client)}`;
    steps.push({ step: 'createPkceClient', ok: false, error, status: null });
  } else {
    for (const step of script) {
      const [method, arg] = step.split(' ') as [string, string | undefined];
      const fn = client[method];
      if (typeof fn !== 'function') {
        steps.push({ step, ok: false, error: `the client has no ${method}() method`, status: null });
        break;
      }
      const done = await withConsoleRecorded(async () => (fn as (...args: unknown[]) => Promise<unknown>).call(client, ...(arg ? [arg] : [])));
      printed += done.printed;
      if (done.result.status === 'rejected') {
        steps.push({ step, ok: false, error: describe(done.result.reason), status: null });
        break;
      }
      const value = done.result.value;
      const status = value instanceof Response ? value.status : null;
      steps.push({ step, ok: true, error: null, status });
    }
  }
  return { name, steps, requests, printed, delivered, log: await oauthLog(sandbox) };
}

/** Runs the learner's createPkceClient through the four scenarios. */
export async function runAll(create: CreateClient): Promise<Runs> {
  return {
    main: await drive('the main run', create, 'approve', ['signIn', 'request /api/v1/me', 'refresh', 'refresh', 'request /api/v1/me']),
    second: await drive('a second sign-in', create, 'approve', ['signIn']),
    forged: await drive('the forged-state run', create, 'approve-with-forged-state', ['signIn']),
    declined: await drive('the declined run', create, 'decline', ['signIn']),
  };
}

/** The requests of a run to one path (query ignored), with a given method. */
export function requestsTo(run: Run, method: string, path: string): RecordedRequest[] {
  return run.requests.filter((request) => request.method === method && request.url.split('?')[0] === path);
}

/** The form parameters of a token request. */
export function formOf(request: RecordedRequest): URLSearchParams {
  return new URLSearchParams(request.body);
}

/** Token requests of a run with this grant_type. */
export function grants(run: Run, grantType: string): RecordedRequest[] {
  return requestsTo(run, 'POST', '/oauth/token').filter((request) => formOf(request).get('grant_type') === grantType);
}

/** The run's name at the start of a sentence. */
export const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "In the main run, signIn() failed: …" for the first failed step, or null. */
export function firstFailure(run: Run): string | null {
  const failed = run.steps.find((step) => !step.ok);
  return failed ? `In ${run.name}, ${failed.step.startsWith('request') ? `request("${failed.step.split(' ')[1]}")` : `${failed.step}()`} failed: ${failed.error}` : null;
}
