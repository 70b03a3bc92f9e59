import { webhooksLab } from '@messages/webhooks-lab';
import { richText } from '../messages/rich-text';
import { verifyInBrowser } from './browser-verify';
import type { InboxRecord } from './lab-api';

const m = webhooksLab.record;

function Check({ ok, skipped = false, children }: { ok: boolean; skipped?: boolean; children: string }) {
  const mark = skipped ? '–' : ok ? '✓' : '✗';
  return (
    <li className={skipped ? 'wh-check-skip' : ok ? 'wh-check-ok' : 'wh-check-fail'}>
      <span aria-hidden="true">{mark}</span> <span className="visually-hidden">{skipped ? m.checkState.skipped : ok ? m.checkState.passed : m.checkState.failed}</span> {children}
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
      return (JSON.parse(record.body) as { type?: string }).type ?? m.unknownEvent;
    } catch {
      return m.notJson;
    }
  })();
  const verdict = secret && record.outcome !== 'failed' ? verifyInBrowser(secret, record) : null;

  return (
    <article className={`wh-record wh-outcome-${record.outcome}`} aria-label={`${record.id}: ${type}`} data-testid="inbox-record">
      <header className="wh-record-head">
        <strong>{type}</strong>
        <code>{record.headers['webhook-id'] ?? m.noWebhookId}</code>
        <span className="wh-outcome">
          {m.outcome[record.outcome]} · {'HTTP'} {record.response_status}
          {record.fault === 'timeout' && m.answeredLate}
        </span>
        <time dateTime={record.received_at}>{new Date(record.received_at).toLocaleTimeString()}</time>
      </header>

      {record.outcome !== 'failed' && (
        <div className="wh-checks">
          <div>
            <h4>{m.sandboxInbox}</h4>
            <ul>
              <Check ok={record.checks.signature === 'valid'}>{m.signature[record.checks.signature] ?? record.checks.signature}</Check>
              <Check ok={record.checks.timestamp === 'valid'}>{m.timestamp[record.checks.timestamp] ?? record.checks.timestamp}</Check>
              <Check ok={record.checks.replay === 'first'} skipped={record.checks.replay === 'not_checked'}>
                {m.replay[record.checks.replay] ?? record.checks.replay}
              </Check>
            </ul>
          </div>
          <div data-testid="browser-verdict">
            <h4>{richText(m.yourBrowser, { library: <code>{'standardwebhooks'}</code> })}</h4>
            {verdict ? (
              <ul>
                <Check ok={verdict.signature}>{verdict.signature ? m.librarySignatureMatches : m.librarySignatureDiffers}</Check>
                <Check ok={verdict.libraryError === null}>
                  {verdict.libraryError === null ? m.verifyAccepted : m.verifyRefused(verdict.libraryError)}
                </Check>
              </ul>
            ) : (
              <p className="muted">{secret ? m.notChecked : m.noSecret}</p>
            )}
          </div>
        </div>
      )}
      {verdict?.libraryError?.includes('timestamp') && record.checks.timestamp === 'valid' && (
        <p className="wh-message">{m.clockMoved}</p>
      )}
      {record.message && <p className="wh-message">{record.message}</p>}

      <details>
        <summary>{m.headersAndBody}</summary>
        <pre className="wh-pre">
          {Object.entries(record.headers)
            .map(([name, value]) => `${name}: ${value ?? m.absent}`)
            .join('\n')}
        </pre>
        <pre className="wh-pre">{prettyBody(record.body)}</pre>
      </details>
    </article>
  );
}
