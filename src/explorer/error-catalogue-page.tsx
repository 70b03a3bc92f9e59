import { useEffect } from 'react';
import { Link } from 'wouter';
import { useAsync } from '../app/use-async';
import { statusLine } from '../reader/try-it-request';
import { GROUP_INFO, groupEntries, readEntries, type CatalogueEntry } from './error-catalogue-data';
import { ErrorCodeView } from './error-code-view';
import { sandboxData } from './sandbox-json';
import { errorCatalogue as m } from '@messages/error-catalogue';
import { richText } from '../messages/rich-text';
import './error-catalogue.css';

/**
 * `/errors`: every code the sandbox can return, grouped as chapter 7 groups them, read
 * from GET /api/v1/errors. `/errors/:code`: one code, the page every envelope's `doc_url`
 * points to. The catalogue is the sandbox's, so this page can never list a code the API
 * does not have, or miss one it has.
 */
export default function ErrorCataloguePage({ code }: { code?: string }) {
  useEffect(() => {
    document.title = m.documentTitle(code);
  }, [code]);
  return <div className="page error-catalogue">{code === undefined ? <CatalogueList /> : <OneCode code={code} />}</div>;
}

function CatalogueList() {
  const state = useAsync(async () => readEntries(await sandboxData('/api/v1/errors')), 'all');
  return (
    <>
      <h1>{m.title}</h1>
      <p className="error-catalogue-intro">
        {richText(m.intro, {
          code: <code>{'code'}</code>,
          docUrl: <code>{'doc_url'}</code>,
          chapter: <Link href="/chapters/errors">{m.chapterLink}</Link>,
        })}
      </p>
      {state.status === 'loading' && (
        <p className="loading" role="status">
          {m.loadingAll}
        </p>
      )}
      {state.status === 'failed' && (
        <p className="error-box" role="alert">
          {m.loadFailed(state.error.message)}
        </p>
      )}
      {state.status === 'ready' && <Groups entries={state.value} />}
    </>
  );
}

function Groups({ entries }: { entries: CatalogueEntry[] }) {
  const groups = groupEntries(entries);
  // The groups arrive after the page loaded, so the browser could not scroll to #group-… by itself.
  useEffect(() => {
    const target = window.location.hash.slice(1);
    if (target) document.getElementById(decodeURIComponent(target))?.scrollIntoView();
  }, []);
  return (
    <>
      <nav aria-label={m.groupsNavigation} className="error-groups-nav">
        <ul>
          {groups.map(({ group, entries: inGroup }) => (
            <li key={group}>
              <a href={`#group-${group}`}>
                {GROUP_INFO[group].title} <span className="muted">({inGroup.length})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ group, entries: inGroup }) => (
        <section key={group} className="error-group" aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{GROUP_INFO[group].title}</h2>
          <p className="muted">{GROUP_INFO[group].summary}</p>
          <ul className="error-entries">
            {inGroup.map((entry) => (
              <li key={entry.code} className="error-entry">
                <h3>
                  <Link href={`/errors/${entry.code}`}>
                    <code>{entry.code}</code>
                  </Link>
                  <span className="error-status" data-class={Math.floor(entry.status / 100)}>
                    {statusLine(entry.status).replace(/^HTTP /, '')}
                  </span>
                </h3>
                <p className="error-title">{entry.title}</p>
                <p>{entry.description}</p>
                <p>
                  <strong>{m.howToFix}</strong> {entry.fix}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function OneCode({ code }: { code: string }) {
  const state = useAsync(async () => readEntries(await sandboxData(`/api/v1/errors/${encodeURIComponent(code)}`))[0], code);
  return (
    <>
      <p className="error-breadcrumb">
        <Link href="/errors">{m.allCodes}</Link>
      </p>
      {state.status === 'loading' && (
        <p className="loading" role="status">
          {richText(m.loadingOne, { code: <code>{code}</code> })}
        </p>
      )}
      {state.status === 'failed' && (
        <>
          <h1>
            <code>{code}</code>
          </h1>
          <p className="error-box" role="alert">
            {state.error.message}
          </p>
        </>
      )}
      {state.status === 'ready' && <ErrorCodeView entry={state.value} />}
    </>
  );
}
