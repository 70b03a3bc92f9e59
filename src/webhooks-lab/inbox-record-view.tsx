import { verifyInBrowser } from './browser-verify';
import type { InboxRecord } from './lab-api';

const OUTCOME_TEXT: Record<InboxRecord['outcome'], string> = {
  accepted: 'Accepted',
  duplicate: 'Duplicate: acknowledged, not processed again',
  rejected: 'Rejected',
  failed: 'Failed on purpose (inbox fault)',
};

const SIGNATURE_TEXT: Record<string, string> = {
  valid: 'Signature matches the endpoint’s secret',
  invalid: 'Signature does not match',
  missing: 'Webhook headers missing',
  no_secret: 'No endpoint points at this inbox',
};

const TIMESTAMP_TEXT: Record<string, string> = {
  valid: 'Timestamp within 5 minutes of the sandbox clock',
  too_old: 'Timestamp more than 5 minutes old',
  too_new: 'Timestamp more than 5 minutes ahead',
  missing: 'No timestamp',
  invalid: 'Timestamp is not unix seconds',
};

const REPLAY_TEXT: Record<string, string> = {
  first: 'Not replayed: first time this webhook-id arrived',
  duplicate: 'Replay: this webhook-id was accepted before',
  not_checked: 'Replay check skipped: the delivery is not verified',
};

function Check({ ok, skipped = false, children }: { ok: boolean; skipped?: boolean; children: string }) {
  const mark = skipped ? '–' : ok ? '✓' : '✗';
  return (
    <li className={skipped ? 'wh-check-skip' : ok ? 'wh-check-ok' : 'wh-check-fail'}>
      <span aria-hidden="true">{mark}</span> <span className="visually-hidden">{skipped ? 'skipped:' : ok ? 'passed:' : 'failed:'}</span> {children}
    </li>
  );
}

function prettyBody(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** One delivery as the inbox received it: what came, what the inbox decided, and the browser's own verification. */
export function InboxRecordView({ record, secret }: { record: InboxRecord; secret: string | null }) {
  const type = (() => {
    try {
      return (JSON.parse(record.body) as { type?: string }).type ?? 'unknown event';
    } catch {
      return 'not JSON';
    }
  })();
  const verdict = secret && record.outcome !== 'failed' ? verifyInBrowser(secret, record) : null;

  return (
    <article className={`wh-record wh-outcome-${record.outcome}`} aria-label={`${record.id}: ${type}`} data-testid="inbox-record">
      <header className="wh-record-head">
        <strong>{type}</strong>
        <code>{record.headers['webhook-id'] ?? 'no webhook-id'}</code>
        <span className="wh-outcome">
          {OUTCOME_TEXT[record.outcome]} · HTTP {record.response_status}
          {record.fault === 'timeout' && ' (answered too late: the sender had given up)'}
        </span>
        <time dateTime={record.received_at}>{new Date(record.received_at).toLocaleTimeString()}</time>
      </header>

      {record.outcome !== 'failed' && (
        <div className="wh-checks">
          <div>
            <h4>Sandbox inbox (sandbox clock)</h4>
            <ul>
              <Check ok={record.checks.signature === 'valid'}>{SIGNATURE_TEXT[record.checks.signature] ?? record.checks.signature}</Check>
              <Check ok={record.checks.timestamp === 'valid'}>{TIMESTAMP_TEXT[record.checks.timestamp] ?? record.checks.timestamp}</Check>
              <Check ok={record.checks.replay === 'first'} skipped={record.checks.replay === 'not_checked'}>
                {REPLAY_TEXT[record.checks.replay] ?? record.checks.replay}
              </Check>
            </ul>
          </div>
          <div data-testid="browser-verdict">
            <h4>
              Your browser, with <code>standardwebhooks</code>
            </h4>
            {verdict ? (
              <ul>
                <Check ok={verdict.signature}>{verdict.signature ? 'Library’s signature matches' : 'Library’s signature differs'}</Check>
                <Check ok={verdict.libraryError === null}>
                  {verdict.libraryError === null ? 'Webhook.verify() accepted it' : `Webhook.verify() refused: ${verdict.libraryError}`}
                </Check>
              </ul>
            ) : (
              <p className="muted">{secret ? 'Not checked: the inbox did not process it.' : 'This page does not hold the secret (it is shown only once). Rotate it above to verify here.'}</p>
            )}
          </div>
        </div>
      )}
      {verdict?.libraryError?.includes('timestamp') && record.checks.timestamp === 'valid' && (
        <p className="wh-message">
          The library compares the timestamp with this computer’s clock, and the sandbox clock has been moved away from it; the signature itself is fine.
        </p>
      )}
      {record.message && <p className="wh-message">{record.message}</p>}

      <details>
        <summary>Headers and body</summary>
        <pre className="wh-pre">
          {Object.entries(record.headers)
            .map(([name, value]) => `${name}: ${value ?? '(absent)'}`)
            .join('\n')}
        </pre>
        <pre className="wh-pre">{prettyBody(record.body)}</pre>
      </details>
    </article>
  );
}
