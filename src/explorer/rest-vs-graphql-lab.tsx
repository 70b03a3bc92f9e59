import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { sandboxReady } from '../app/sandbox-ready';
import type { SandboxFetch } from './graphql-console-request';
import { fetchDashboardGraphql, fetchDashboardRest, neededBytes, sameDashboard, type Dashboard, type Measurement } from './rest-vs-graphql-lab-model';
import { restVsGraphqlLab as t } from '@messages/rest-vs-graphql-lab';
import { richText } from '../messages/rich-text';
import './rest-vs-graphql-lab.css';

// A typical mobile round trip; the lab multiplies it by the rounds it measured, it does not simulate it.
const MOBILE_RTT_MS = 100;

const sendToSandbox: SandboxFetch = async (path, init) => {
  await sandboxReady();
  return fetch(path, init);
};

type Results = { rest: Measurement; graphql: Measurement };

function Side({ title, m, testId }: { title: string; m: Measurement; testId: string }) {
  return (
    <section className="rvg-side" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <h2 id={`${testId}-title`}>{title}</h2>
      <dl className="rvg-figures">
        <div>
          <dt>{t.figures.requests}</dt>
          <dd data-testid={`${testId}-requests`}>{m.exchanges.length}</dd>
        </div>
        <div>
          <dt>{t.figures.rounds}</dt>
          <dd>{m.sequentialSteps}</dd>
        </div>
        <div>
          <dt>{t.figures.bytesReceived}</dt>
          <dd data-testid={`${testId}-bytes`}>{m.responseBytes}</dd>
        </div>
        <div>
          <dt>{t.figures.bytesSent}</dt>
          <dd>{m.requestBytes}</dd>
        </div>
        <div>
          <dt>{t.figures.timeHere}</dt>
          <dd>{t.figures.ms(m.ms)}</dd>
        </div>
        <div>
          <dt>{t.figures.atRoundTrip(MOBILE_RTT_MS)}</dt>
          <dd>{t.figures.atLeast(m.sequentialSteps * MOBILE_RTT_MS)}</dd>
        </div>
      </dl>
      <table className="rvg-log">
        <caption>{t.log.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.log.columns.request}</th>
            <th scope="col">{t.log.columns.status}</th>
            <th scope="col">{t.log.columns.bytes}</th>
            <th scope="col">{t.log.columns.ms}</th>
          </tr>
        </thead>
        <tbody>
          {m.exchanges.map((e, i) => (
            <tr key={i}>
              <td>
                <code>
                  {e.method} {e.path}
                </code>
              </td>
              <td>{e.status}</td>
              <td>{e.responseBytes}</td>
              <td>{e.ms}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function DashboardView({ dashboard }: { dashboard: Dashboard }) {
  return (
    <section className="rvg-dashboard" aria-labelledby="rvg-dashboard-title">
      <h2 id="rvg-dashboard-title">{t.dashboard.title}</h2>
      <p>
        <strong>{dashboard.name}</strong> · {dashboard.email}
      </p>
      <ul>
        {dashboard.orders.map((o) => (
          <li key={o.id}>
            <code>{o.id}</code>
            {t.dashboard.order(o.status.toLowerCase(), o.total, o.items.map((i) => t.dashboard.item(i.quantity, i.product?.name ?? t.dashboard.productGone)).join(', '))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * `/labs/rest-vs-graphql`: fetch one screen's data from the sandbox twice — following REST
 * links, then with one GraphQL query — and compare requests, rounds and bytes, measured live.
 */
export default function RestVsGraphqlLab() {
  const [results, setResults] = useState<Results | null>(null);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    document.title = t.documentTitle;
  }, []);

  async function measure() {
    setRunning(true);
    setProblem(null);
    try {
      // Start the sandbox before the clock does, so its start-up is not charged to the first REST request.
      await sandboxReady();
      // One after the other, so neither competes with the other for the sandbox.
      const rest = await fetchDashboardRest(sendToSandbox);
      const graphql = await fetchDashboardGraphql(sendToSandbox);
      setResults({ rest, graphql });
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  }

  const agree = results && sameDashboard(results.rest.dashboard, results.graphql.dashboard);
  return (
    <div className="page rvg-lab">
      <h1>{t.title}</h1>
      <p className="rvg-intro">
        {richText(t.intro, { chapter: <Link href="/chapters/graphql">{t.chapterLink}</Link> })}
      </p>
      <button type="button" className="primary" onClick={() => void measure()} disabled={running}>
        {running ? t.fetching : results ? t.fetchAgain : t.fetch}
      </button>
      {problem && (
        <p className="error-box" role="alert">
          {problem}
        </p>
      )}
      {results && (
        <>
          <p className="rvg-verdict" role="status">
            {t.verdict(Boolean(agree), neededBytes(results.graphql.dashboard), results.rest.responseBytes, results.graphql.responseBytes)}
          </p>
          <div className="rvg-grid">
            <Side title={t.sides.rest} m={results.rest} testId="rvg-rest" />
            <Side title={t.sides.graphql} m={results.graphql} testId="rvg-graphql" />
          </div>
          <DashboardView dashboard={results.graphql.dashboard} />
        </>
      )}
    </div>
  );
}
