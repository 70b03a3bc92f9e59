import { useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { reader } from '@messages/reader';
import { consoleHref } from '../console/console-link';
import { tryItMethods } from '../content/try-it';
import type { TryItRequest } from '../content/types';
import type { FollowLink } from './follow-links';
import { ExchangeView } from './try-it-response';
import { useSandboxExchange } from './use-sandbox-exchange';
import { followDraft, isUnchanged, methodTakesBody, toDraft, toFetchArgs, type TryItDraft } from './try-it-request';
// Here as well as in the chapter view, so a Try-it block on any page (the error catalogue) is styled.
import './reader.css';

const m = reader.tryIt;

/** A request from the chapter that the learner can edit and send to the in-browser sandbox, then follow the links it answers with. */
export function TryIt({ request }: { request: TryItRequest }) {
  const id = useId();
  const [draft, setDraft] = useState<TryItDraft>(() => toDraft(request));
  const { exchange, setExchange, send: sendToSandbox, abort } = useSandboxExchange(m.notReached);
  const [followed, setFollowed] = useState(false);
  const title = request.title ?? `${request.method} ${request.url}`;

  const edit = (field: keyof TryItDraft) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  async function send(toSend: TryItDraft) {
    const args = toFetchArgs(toSend);
    if ('problems' in args) setExchange({ status: 'invalid', problems: args.problems });
    else await sendToSandbox(toSend.method, args.url, args.init);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setFollowed(false);
    void send(draft);
  }

  function follow(link: FollowLink) {
    const next = followDraft(draft, link.url);
    setDraft(next);
    setFollowed(true);
    void send(next);
  }

  function reset() {
    abort();
    setDraft(toDraft(request));
    setFollowed(false);
    setExchange({ status: 'idle' });
  }

  const headerRows = Math.max(2, draft.headerText.split('\n').length + 1);
  const bodyRows = Math.min(12, Math.max(3, draft.body.split('\n').length + 1));

  return (
    <section className="try-it" data-testid="try-it" aria-labelledby={`${id}-title`}>
      <p className="try-it-title" id={`${id}-title`}>
        <span className="try-it-badge">{m.badge}</span> {title}
      </p>
      <form className="try-it-request" onSubmit={submit}>
        <div className="try-it-line">
          <label className="visually-hidden" htmlFor={`${id}-method`}>
            {m.method}
          </label>
          <select id={`${id}-method`} value={draft.method} onChange={edit('method')}>
            {tryItMethods.map((method) => (
              <option key={method}>{method}</option>
            ))}
          </select>
          <label className="visually-hidden" htmlFor={`${id}-url`}>
            {m.url}
          </label>
          <input id={`${id}-url`} type="text" value={draft.url} onChange={edit('url')} spellCheck={false} autoComplete="off" />
        </div>
        <label htmlFor={`${id}-headers`}>{m.headers} <span className="muted">{m.headersHint}</span></label>
        <textarea id={`${id}-headers`} value={draft.headerText} onChange={edit('headerText')} rows={headerRows} spellCheck={false} />
        {methodTakesBody(draft.method) && (
          <>
            <label htmlFor={`${id}-body`}>{m.body}</label>
            <textarea id={`${id}-body`} value={draft.body} onChange={edit('body')} rows={bodyRows} spellCheck={false} />
          </>
        )}
        <div className="try-it-actions">
          <button type="submit" className="primary" disabled={exchange.status === 'sending'} aria-label={m.sendLabel(title)}>
            {exchange.status === 'sending' ? m.sending : m.send}
          </button>
          <button
            type="button"
            onClick={reset}
            disabled={exchange.status === 'idle' && isUnchanged(draft, request)}
            aria-label={m.resetLabel(title)}
          >
            {m.reset}
          </button>
          <Link className="try-it-console" style={{ alignSelf: 'center' }} href={consoleHref(draft)} aria-label={m.openInConsoleLabel(title)}>{m.openInConsole}</Link>
        </div>
      </form>
      <div className="try-it-response" data-testid="try-it-response" aria-live="polite">
        <ExchangeView exchange={exchange} onFollow={follow} focusStatus={followed} />
      </div>
    </section>
  );
}
