import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { sandboxReady } from '../app/sandbox-ready';
import type { SandboxFetch } from './graphql-console-request';
import { fetchDashboardGraphql, fetchDashboardRest, neededBytes, sameDashboard, type Dashboard, type Measurement } from './rest-vs-graphql-lab-model';
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
          <dt>Requests</dt>
          <dd data-testid={`${testId}-requests`}>{m.exchanges.length}</dd>
        </div>
        <div>
          <dt>Rounds in sequence</dt>
          <dd>{m.sequentialSteps}</dd>
        </div>
        <div>
          <dt>Bytes received</dt>
          <dd data-testid={`${testId}-bytes`}>{m.responseBytes}</dd>
        </div>
        <div>
          <dt>Bytes sent</dt>
          <dd>{m.requestBytes}</dd>
        </div>
        <div>
          <dt>Time here</dt>
          <dd>{m.ms} ms</dd>
        </div>
        <div>
          <dt>At {MOBILE_RTT_MS} ms a round trip</dt>
          <dd>≥ {m.sequentialSteps * MOBILE_RTT_MS} ms</dd>
        </div>
      </dl>
      <table className="rvg-log">
        <caption>Every request, in the order it was sent</caption>
        <thead>
          <tr>
            <th scope="col">Request</th>
            <th scope="col">Status</th>
            <th scope="col">Bytes</th>
            <th scope="col">ms</th>
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
      <h2 id="rvg-dashboard-title">The dashboard both of them built</h2>
      <p>
        <strong>{dashboard.name}</strong> · {dashboard.email}
      </p>
      <ul>
        {dashboard.orders.map((o) => (
          <li key={o.id}>
            <code>{o.id}</code> {o.status.toLowerCase()}, {o.total}:{' '}
            {o.items.map((i) => `${i.quantity} × ${i.product?.name ?? 'a product no longer sold'}`).join(', ')}
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
    document.title = 'REST vs GraphQL lab · API Design Workbench';
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
      <h1>REST vs GraphQL lab</h1>
      <p className="rvg-intro">
        One screen — the signed-in user, their recent orders, and the products in them — fetched from the sandbox twice: by a REST client that
        follows links, and by one GraphQL query. The figures are measured when you press the button; bytes are response bodies (headers come on
        top, once per request). <Link href="/chapters/graphql">Chapter 3</Link> explains the trade-offs.
      </p>
      <button type="button" className="primary" onClick={() => void measure()} disabled={running}>
        {running ? 'Fetching…' : results ? 'Fetch both ways again' : 'Fetch both ways'}
      </button>
      {problem && (
        <p className="error-box" role="alert">
          {problem}
        </p>
      )}
      {results && (
        <>
          <p className="rvg-verdict" role="status">
            {agree ? 'Both ways returned the same dashboard' : 'The two answers differ — the sandbox changed between them; fetch again'}. The dashboard
            itself is {neededBytes(results.graphql.dashboard)} bytes of JSON: REST received {results.rest.responseBytes}, GraphQL{' '}
            {results.graphql.responseBytes}.
          </p>
          <div className="rvg-grid">
            <Side title="REST" m={results.rest} testId="rvg-rest" />
            <Side title="GraphQL" m={results.graphql} testId="rvg-graphql" />
          </div>
          <DashboardView dashboard={results.graphql.dashboard} />
        </>
      )}
    </div>
  );
}
