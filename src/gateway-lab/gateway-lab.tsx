import { useCallback, useEffect, useState } from 'react';
import { gatewayLab as m } from '@messages/gateway-lab';
import { richText } from '../messages/rich-text';
import { useTheme } from '../app/use-theme';
import { CodeEditor } from '../workbench/code-editor';
import { applyDocument, getConfig, getStats, type DocumentProblem, type GatewayConfigView, type GatewayStatsView } from './lab-api';
import { ProblemList } from './problem-list';
import { StatsPanel } from './stats-panel';
import { TrafficPanel } from './traffic-panel';
import './gateway-lab.css';
import { onSandboxChanged } from '../sandbox-controls/sandbox-events';

/** How often the live stats are read while the page is open. */
const STATS_POLL_MS = 1000;

/**
 * `/labs/gateway`: the declarative document of the sandbox's API gateway in an editor.
 * Apply reloads the gateway, or lists every problem with its line and column while the old
 * document keeps serving; a traffic generator sends requests through /gateway/* and the
 * live stats show the canary split, retries, injected delays and aborts as they happen.
 */
export default function GatewayLab() {
  const theme = useTheme();
  const [config, setConfig] = useState<GatewayConfigView | null>(null);
  const [text, setText] = useState('');
  const [stats, setStats] = useState<GatewayStatsView | null>(null);
  const [problems, setProblems] = useState<DocumentProblem[]>([]);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = m.documentTitle;
    getConfig()
      .then((loaded) => {
        setConfig(loaded);
        setText(loaded.document);
      })
      .catch((e: unknown) => setFailure(e instanceof Error ? e.message : String(e)));
  }, []);

  const refreshStats = useCallback(() => {
    getStats()
      .then(setStats)
      .catch(() => undefined); // the next poll tries again; a missed read is not worth an alert
  }, []);

  useEffect(() => {
    refreshStats();
    const timer = setInterval(refreshStats, STATS_POLL_MS);
    const stopListening = onSandboxChanged(refreshStats); // a reset empties the stats: show it at once
    return () => {
      clearInterval(timer);
      stopListening();
    };
  }, [refreshStats]);

  async function apply() {
    setBusy(true);
    setFailure(null);
    try {
      const result = await applyDocument(text);
      if (result.ok) {
        setConfig(result.config);
        setProblems([]);
        setStatus(m.document.reloaded(new Date(result.config.loaded_at).toLocaleTimeString()));
      } else {
        setProblems(result.problems);
        setStatus(m.document.notLoaded(result.problems.length));
      }
      refreshStats();
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  function revert() {
    if (!config) return;
    setText(config.document);
    setProblems([]);
    setStatus(m.document.reverted);
  }

  const located = problems.find((problem) => problem.line !== null);
  const marker = located ? { location: { line: located.line!, column: located.column! }, message: `${located.field}: ${located.message}` } : null;

  return (
    <div className="page gw-lab">
      <h1>{m.title}</h1>
      <p className="page-intro">{richText(m.intro, { prefix: <code>{'/gateway/*'}</code> })}</p>

      <div className="gw-grid">
        <section className="gw-panel" aria-labelledby="gw-document">
          <div className="gw-head">
            <h2 id="gw-document">{m.document.title}</h2>
            <div className="gw-actions">
              <button type="button" className="primary" disabled={busy || !config} onClick={() => void apply()}>
                {m.document.apply}
              </button>
              <button type="button" disabled={busy || !config} onClick={revert}>
                {m.document.revert}
              </button>
            </div>
          </div>
          {config ? (
            <CodeEditor path="file:///gateway-lab/gateway.yaml" language="yaml" value={text} onChange={setText} errorMarker={marker} theme={theme} label={m.document.editorLabel} />
          ) : (
            <p className="loading" role="status">{m.document.loading}</p>
          )}
          <p className="gw-status" role="status" data-testid="apply-status">
            {status}
          </p>
          <ProblemList problems={problems} />
        </section>

        <section className="gw-panel" aria-labelledby="gw-traffic">
          <h2 id="gw-traffic">{m.traffic.title}</h2>
          <TrafficPanel routes={config?.routes ?? []} onBatchDone={refreshStats} />
          <h2>{m.stats.title}</h2>
          <StatsPanel stats={stats} config={config} />
        </section>
      </div>

      {failure && (
        <p className="error-box" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
