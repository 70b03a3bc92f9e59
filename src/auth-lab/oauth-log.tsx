import { useEffect, useState } from 'react';
import { oauthLab } from '@messages/oauth-lab';
import { richText } from '../messages/rich-text';
import { sendRecorded } from './http-exchange';

const m = oauthLab.log;

interface LogEntry {
  at: string;
  step: string;
  client_id: string | null;
  outcome: string;
  detail: string;
}

/** Reads the entries of GET /api/v1/sandbox/oauth-log (bare array or under `data`). */
export function readOauthLog(body: unknown): LogEntry[] {
  const list = Array.isArray(body) ? body : (body as { data?: unknown } | null)?.data;
  if (!Array.isArray(list)) return [];
  return list.flatMap((e: Record<string, unknown>) =>
    typeof e?.step === 'string'
      ? [{ at: String(e.at ?? ''), step: e.step, client_id: typeof e.client_id === 'string' ? e.client_id : null, outcome: String(e.outcome ?? ''), detail: String(e.detail ?? '') }]
      : [],
  );
}

/** The authorization server's own record of the flow, newest first; re-read whenever `refreshKey` changes. */
export function OauthLog({ refreshKey }: { refreshKey: number }) {
  const [entries, setEntries] = useState<LogEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function read() {
    try {
      const { response } = await sendRecorded('GET', '/api/v1/sandbox/oauth-log', { Accept: 'application/json' });
      if (response.status !== 200) throw new Error(m.readFailed(response.status));
      setEntries(readOauthLog(response.json));
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  useEffect(() => {
    void read();
  }, [refreshKey]);

  return (
    <section className="al-panel al-log" aria-labelledby="al-log-title">
      <h2 id="al-log-title">{m.title}</h2>
      <p className="muted">
        {richText(m.text, { endpoint: <code>{'GET /api/v1/sandbox/oauth-log'}</code> })}
      </p>
      <button type="button" onClick={() => void read()}>
        {m.readAgain}
      </button>
      {problem && (
        <p className="error-box" role="alert">
          {problem}
        </p>
      )}
      {entries && entries.length === 0 && <p className="muted">{m.empty}</p>}
      {entries && entries.length > 0 && (
        <div className="al-table-wrap">
          <table data-testid="oauth-log">
            <thead>
              <tr>
                <th scope="col">{m.columns.time}</th>
                <th scope="col">{m.columns.step}</th>
                <th scope="col">{m.columns.client}</th>
                <th scope="col">{m.columns.outcome}</th>
                <th scope="col">{m.columns.detail}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={`${e.at}-${i}`}>
                  <td>{e.at.replace(/^.*T/, '').replace(/\.\d+Z$/, 'Z')}</td>
                  <td>
                    <code>{e.step}</code>
                  </td>
                  <td>{e.client_id}</td>
                  <td className={e.outcome === 'ok' ? 'al-ok' : 'al-bad'}>{e.outcome}</td>
                  <td>{e.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
