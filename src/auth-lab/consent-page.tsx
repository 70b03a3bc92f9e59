import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { redirectTarget } from './authorize-request';
import { readConsentRequest, type ConsentRequest } from './consent-request';
import { DemoAccounts } from './demo-accounts-table';
import { sendRecorded } from './http-exchange';
import { consent as m } from '@messages/consent';
import { richText } from '../messages/rich-text';
import './auth-lab.css';

type Load = { kind: 'loading' } | { kind: 'ready'; request: ConsentRequest } | { kind: 'failed'; message: string };

/**
 * `/consent?request=azr_...`: the sandbox authorization server's sign-in and consent
 * screen. The authorization server, not the client, shows it: the client never sees the
 * password, and the person sees exactly which client asks for which access.
 */
export default function ConsentPage() {
  const id = new URLSearchParams(useSearch()).get('request') ?? '';
  const [, navigate] = useLocation();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = m.documentTitle;
    if (!/^azr_[\w-]+$/.test(id)) {
      setLoad({ kind: 'failed', message: m.needsRequestId });
      return;
    }
    let live = true;
    void sendRecorded('GET', `/oauth/authorize/requests/${encodeURIComponent(id)}`, { Accept: 'application/json' })
      .then(({ response }) => {
        if (!live) return;
        const request = response.status === 200 ? readConsentRequest(response.json) : null;
        if (request) setLoad({ kind: 'ready', request });
        else
          setLoad({
            kind: 'failed',
            message:
              response.status === 404 ? m.unknownRequest(id) : m.readFailed(response.status),
          });
      })
      .catch((error: unknown) => live && setLoad({ kind: 'failed', message: m.unreachable(String(error)) }));
    return () => {
      live = false;
    };
  }, [id]);

  useEffect(() => heading.current?.focus(), [load.kind]);

  async function decide(approve: boolean) {
    setBusy(true);
    setProblem(null);
    try {
      const { response } = await sendRecorded('POST', '/oauth/authorize/decision', { 'Content-Type': 'application/json' }, JSON.stringify({ request: id, login, password, approve }));
      const redirectTo = (response.json as { redirect_to?: unknown } | null)?.redirect_to;
      if (response.status === 200 && typeof redirectTo === 'string') {
        const target = redirectTarget(redirectTo, location.origin);
        if (target.kind === 'in-app') navigate(target.path);
        else location.assign(target.url);
        return;
      }
      const error = (response.json as { error?: { message?: unknown } } | null)?.error;
      setProblem(typeof error?.message === 'string' ? error.message : m.decisionFailed(response.status));
    } catch (error) {
      setProblem(m.unreachable(String(error)));
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void decide(true);
  }

  if (load.kind !== 'ready')
    return (
      <div className="page al-page al-consent">
        <h1 ref={heading} tabIndex={-1}>
          {m.title}
        </h1>
        {load.kind === 'loading' ? (
          <p className="muted" role="status">
            {m.reading}
          </p>
        ) : (
          <>
            <p className="error-box" role="alert">
              {load.message}
            </p>
            <p>
              <Link href="/labs/oauth">{m.oauthLabLink}</Link>
            </p>
          </>
        )}
      </div>
    );

  const { request } = load;
  return (
    <div className="page al-page al-consent">
      <p className="al-eyebrow">{m.eyebrow}</p>
      <h1 ref={heading} tabIndex={-1}>
        {richText(m.wantsAccount, { client: request.clientName })}
      </h1>
      <div className="al-consent-grid">
        <section className="al-panel" aria-labelledby="al-consent-asks">
          <h2 id="al-consent-asks">{m.asksTo}</h2>
          <ul className="al-scopes">
            {request.scopes.map((s) => (
              <li key={s.scope}>
                <code>{s.scope}</code>
                {s.description && <span> — {s.description}</span>}
              </li>
            ))}
          </ul>
          <p>
            {richText(m.clientAndRedirect, { clientId: <code>{request.clientId}</code>, host: <strong>{request.redirectHost}</strong> })}
          </p>
          {request.expiresAt && <p className="muted">{m.expiresAt(new Date(request.expiresAt).toLocaleTimeString())}</p>}
        </section>

        <form className="al-panel al-form" onSubmit={onSubmit} aria-labelledby="al-consent-signin">
          <h2 id="al-consent-signin">{m.signInTitle}</h2>
          <label htmlFor="al-login">{m.login}</label>
          <input id="al-login" name="login" autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} required />
          <label htmlFor="al-password">{m.password}</label>
          <input id="al-password" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          {problem && (
            <p className="al-error" role="alert">
              {problem}
            </p>
          )}
          <div className="al-actions">
            <button type="submit" className="primary" disabled={busy}>
              {m.approve}
            </button>
            <button type="button" disabled={busy} onClick={() => void decide(false)}>
              {m.deny}
            </button>
          </div>
        </form>
      </div>
      <DemoAccounts
        onUse={(account) => {
          setLogin(account.login);
          setPassword(account.password);
        }}
      />
    </div>
  );
}
