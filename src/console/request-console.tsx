import { useEffect, useId, useState, type FormEvent } from 'react';
import { consoleText } from '@messages/console';
import type { FollowLink } from '../reader/follow-links';
import { ExchangeView } from '../reader/try-it-response';
import { useSandboxExchange } from '../reader/use-sandbox-exchange';
import { curlCommand } from './curl';
import { CurlButton } from './curl-panel';
import { consoleMethods, defaultDraft, draftFromSearch, expectsJson, followLinkDraft, jsonProblem, takesBody, toFetchInit, toRequest, type ConsoleDraft } from './console-request';
import { HeaderRows } from './header-rows';
import { HistoryList } from './history-list';
import { useConsoleHistory } from './use-console-history';
import { usePathSuggestions } from './use-path-suggestions';
// The response view is the Try-it blocks' own, and so are its styles.
import '../reader/reader.css';
import './console.css';

/** The request console: compose any request to the in-tab sandbox, read the answer, keep a history, copy it as curl. */
export default function RequestConsole() {
  const id = useId();
  const [draft, setDraft] = useState<ConsoleDraft>(() => draftFromSearch(window.location.search) ?? defaultDraft());
  const { exchange, setExchange, send: sendToSandbox } = useSandboxExchange(consoleText.failed);
  const [followed, setFollowed] = useState(false);
  const history = useConsoleHistory();
  const paths = usePathSuggestions();

  useEffect(() => {
    document.title = consoleText.documentTitle;
  }, []);

  async function send(toSend: ConsoleDraft) {
    const checked = toRequest(toSend);
    if ('problems' in checked) {
      setExchange({ status: 'invalid', problems: checked.problems });
      return;
    }
    const { request } = checked;
    const sent = await sendToSandbox(request.method, request.url, toFetchInit(request));
    // Superseded sends leave no trace; a failure is kept in the history as "no answer".
    if (sent.outcome !== 'aborted') history.record(toSend, sent.outcome === 'done' ? sent.response : null);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setFollowed(false);
    void send(draft);
  }

  function follow(link: FollowLink) {
    const next = followLinkDraft(draft, link.url);
    setDraft(next);
    setFollowed(true);
    void send(next);
  }

  const buildCurl = () => {
    const checked = toRequest(draft);
    return 'problems' in checked ? checked : { command: curlCommand(checked.request) };
  };
  const edit = <K extends keyof ConsoleDraft>(field: K, value: ConsoleDraft[K]) => setDraft((current) => ({ ...current, [field]: value }));
  const bodyCheck = takesBody(draft.method) && draft.body.trim() !== '' ? (expectsJson(draft) ? jsonProblem(draft.body) ?? consoleText.bodyValidJson : consoleText.bodyNotChecked) : null;
  const bodyInvalid = bodyCheck !== null && bodyCheck !== consoleText.bodyValidJson && bodyCheck !== consoleText.bodyNotChecked;

  return (
    <div className="page console-page">
      <h1>{consoleText.title}</h1>
      <p className="page-intro">{consoleText.intro}</p>
      <div className="console-layout">
        <div className="console-main">
          <form className="console-request" onSubmit={submit} aria-labelledby={`${id}-request`}>
            <h2 id={`${id}-request`}>{consoleText.requestHeading}</h2>
            <div className="console-line">
              <label className="visually-hidden" htmlFor={`${id}-method`}>
                {consoleText.method}
              </label>
              <select id={`${id}-method`} value={draft.method} onChange={(e) => edit('method', e.target.value as ConsoleDraft['method'])}>
                {consoleMethods.map((method) => (
                  <option key={method}>{method}</option>
                ))}
              </select>
              <label className="visually-hidden" htmlFor={`${id}-url`}>
                {consoleText.url}
              </label>
              <input
                id={`${id}-url`}
                type="text"
                value={draft.url}
                onChange={(e) => edit('url', e.target.value)}
                list={`${id}-paths`}
                aria-describedby={`${id}-url-hint`}
                spellCheck={false}
                autoComplete="off"
              />
              <button type="submit" className="primary" disabled={exchange.status === 'sending'}>
                {exchange.status === 'sending' ? consoleText.sending : consoleText.send}
              </button>
            </div>
            <p className="muted console-hint" id={`${id}-url-hint`}>
              {consoleText.urlHint}
            </p>
            <datalist id={`${id}-paths`}>
              {paths.map((p) => (
                <option key={p.path} value={p.path} label={p.methods.join(' ')} />
              ))}
            </datalist>
            <HeaderRows rows={draft.headers} onChange={(rows) => edit('headers', rows)} />
            <label htmlFor={`${id}-body`}>{consoleText.body}</label>
            {takesBody(draft.method) ? (
              <>
                <textarea
                  id={`${id}-body`}
                  value={draft.body}
                  onChange={(e) => edit('body', e.target.value)}
                  rows={Math.min(16, Math.max(5, draft.body.split('\n').length + 1))}
                  spellCheck={false}
                  aria-describedby={`${id}-body-check`}
                  aria-invalid={bodyInvalid || undefined}
                />
                <p id={`${id}-body-check`} className={bodyInvalid ? 'console-body-check is-invalid' : 'console-body-check muted'} aria-live="polite">
                  {bodyCheck ?? ''}
                </p>
              </>
            ) : (
              <p className="muted" id={`${id}-body`}>
                {consoleText.bodyHidden(draft.method)}
              </p>
            )}
            <div className="console-actions">
              <CurlButton build={buildCurl} onProblems={(problems) => setExchange({ status: 'invalid', problems })} />
            </div>
          </form>
          <section className="console-response" aria-labelledby={`${id}-response`}>
            <h2 id={`${id}-response`}>{consoleText.responseHeading}</h2>
            {exchange.status === 'idle' && <p className="muted">{consoleText.noResponse}</p>}
            <div className="try-it-response" data-testid="console-response" aria-live="polite">
              <ExchangeView exchange={exchange} onFollow={follow} focusStatus={followed} />
            </div>
          </section>
        </div>
        <HistoryList
          entries={history.entries}
          notice={history.notice}
          onClear={history.clear}
          onRestore={(entry) => {
            setDraft(structuredClone(entry.request));
            setExchange({ status: 'idle' });
          }}
        />
      </div>
    </div>
  );
}
