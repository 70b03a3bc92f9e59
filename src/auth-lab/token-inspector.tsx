import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { ExchangeView } from './exchange-view';
import { sendRecorded, type Exchange } from './http-exchange';
import { readInspection } from './inspection';
import { tokenInspector as m } from '@messages/token-inspector';
import { richText } from '../messages/rich-text';
import { decodeJwt } from './jwt-decode';
import { TokenView } from './token-view';
import { useSandboxClock } from './use-sandbox-clock';
import './auth-lab.css';

// The start of a real access token's header: shows the shape to paste, in no language.
const TOKEN_SHAPE = 'eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCIs…';

/**
 * `/tools/token-inspector`: paste a JWT and see what it says (decoded here, in the page)
 * and whether the sandbox would accept it, check by check (asked of the sandbox in this
 * tab). The token goes nowhere else.
 */
export default function TokenInspector() {
  const [text, setText] = useState('');
  const [decodedFor, setDecodedFor] = useState<string | null>(null);
  const [inspection, setInspection] = useState<Exchange | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const clock = useSandboxClock();
  const fieldId = useId();

  useEffect(() => {
    document.title = m.documentTitle;
  }, []);

  const decoded = decodedFor === null ? null : decodeJwt(decodedFor);

  async function inspect(event: FormEvent) {
    event.preventDefault();
    setDecodedFor(text);
    setInspection(null);
    setProblem(null);
    if (!decodeJwt(text).ok) return; // The decoder already says where it broke; the sandbox would only repeat it.
    setBusy(true);
    try {
      const token = text.trim().replace(/^Bearer\s+/i, '');
      setInspection(await sendRecorded('POST', '/api/v1/sandbox/tokens/inspect', { 'Content-Type': 'application/json' }, JSON.stringify({ token })));
      void clock.sync();
    } catch (error) {
      setProblem(m.unreachable(String(error)));
    } finally {
      setBusy(false);
    }
  }

  const verdict = inspection ? readInspection(inspection.response.json) : null;

  return (
    <div className="page al-page al-inspector">
      <h1>{m.title}</h1>
      <p className="al-intro">
        {richText(m.intro, { link: <Link href="/labs/oauth">{m.oauthLabLink}</Link> })}
      </p>
      <form className="al-panel al-form" onSubmit={(e) => void inspect(e)}>
        <label htmlFor={fieldId}>{m.fieldLabel}</label>
        <textarea
          id={fieldId}
          rows={5}
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={TOKEN_SHAPE}
          aria-describedby={`${fieldId}-hint`}
        />
        <p id={`${fieldId}-hint`} className="muted">
          {m.fieldHint}
        </p>
        <div className="al-actions">
          <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
            {m.inspect}
          </button>
          {busy && (
            <span className="muted" role="status">
              {m.asking}
            </span>
          )}
        </div>
      </form>

      <div aria-live="polite">
        {decoded && !decoded.ok && (
          <section className="al-panel" aria-labelledby="al-broken">
            <h2 id="al-broken">{m.notReadable}</h2>
            <p className="al-error" role="alert" data-testid="decode-error">
              {decoded.message}
            </p>
            {decoded.at !== null && decodedFor && <BrokenAt token={decodedFor.trim().replace(/^Bearer\s+/i, '')} at={decoded.at} />}
          </section>
        )}
        {problem && (
          <p className="error-box" role="alert">
            {problem}
          </p>
        )}
        {verdict && (
          <section className="al-panel" aria-labelledby="al-verdict">
            <h2 id="al-verdict">
              <span className={verdict.accepted ? 'al-ok' : 'al-bad'} data-testid="verdict">
                {verdict.accepted ? m.accepted : m.refused}
              </span>
            </h2>
            {verdict.verdict && <p>{sentence(verdict.verdict)}</p>}
            <ul className="al-checks" data-testid="checks">
              {verdict.checks.map((check) => (
                <li key={check.name} className={check.ok ? 'al-check-ok' : 'al-check-fail'}>
                  <span aria-hidden="true">{check.ok ? '✓' : '✗'}</span>
                  <span className="visually-hidden">{check.ok ? m.checkPassed : m.checkFailed}:</span> <strong>{m.checkNames[check.name] ?? check.name}</strong>
                  {check.detail && <span> — {check.detail}</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {inspection && !verdict && <ExchangeView exchange={inspection} label={m.inspectionLabel} testId="inspect-response" />}
        {decoded?.ok && (
          <section className="al-panel" aria-labelledby="al-decoded">
            <h2 id="al-decoded">{m.decodedTitle}</h2>
            <p className="muted">
              {m.decodedNote(decoded.signatureBytes, clock.source === 'sandbox' ? 'sandbox' : 'browser')}
            </p>
            <TokenView header={decoded.header} claims={decoded.claims} nowSeconds={clock.nowSeconds} idPrefix="al-inspected" />
          </section>
        )}
      </div>
    </div>
  );
}

/** The token with the first offending character marked, so the break is visible. */
function BrokenAt({ token, at }: { token: string; at: number }) {
  const from = at <= 40 ? 0 : at - 30;
  return (
    <pre className="al-broken" tabIndex={0} aria-label={m.tokenAround(at + 1)}>
      {from > 0 ? '…' : ''}
      {token.slice(from, at)}
      <mark>{token[at] ?? '␄'}</mark>
      {token.slice(at + 1, at + 30)}
      {at + 30 < token.length ? '…' : ''}
    </pre>
  );
}

/** The sandbox's reason as a sentence: capital first letter, closing full stop. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? '' : '.'}`;
}
