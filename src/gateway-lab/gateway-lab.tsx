import { useCallback, useEffect, useState } from 'react';
import { useTheme } from '../app/use-theme';
import { CodeEditor } from '../workbench/code-editor';
import { applyDocument, getConfig, getStats, type DocumentProblem, type GatewayConfigView, type GatewayStatsView } from './lab-api';
import { ProblemList } from './problem-list';
import { StatsPanel } from './stats-panel';
import { TrafficPanel } from './traffic-panel';
import './gateway-lab.css';

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
    document.title = 'Gateway lab · API Design Workbench';
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
    return () => clearInterval(timer);
  }, [refreshStats]);

  async function apply() {
    setBusy(true);
    setFailure(null);
    try {
      const result = await applyDocument(text);
      if (result.ok) {
        setConfig(result.config);
        setProblems([]);
        setStatus(`Reloaded at ${new Date(result.config.loaded_at).toLocaleTimeString()}: the new document is in force, and the stats start again.`);
      } else {
        setProblems(result.problems);
        setStatus(`Not loaded: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}. The previous document is still serving.`);
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
    setStatus('Back to the document in force.');
  }

  const located = problems.find((problem) => problem.line !== null);
  const marker = located ? { location: { line: located.line!, column: located.column! }, message: `${located.field}: ${located.message}` } : null;

  return (
    <div className="page gw-lab">
      <h1>Gateway lab</h1>
      <p className="page-intro">
        The sandbox has an API gateway in front of it at <code>/gateway/*</code>, configured by one declarative document: services with their
        plugins (rate limiting, JWT, request ids), routes by path prefix and method, and traffic policies — a 90/10 canary split, retries with a
        per-try timeout, injected delays and aborts. Edit the document, apply it, send traffic, and watch what the gateway does.
      </p>

      <div className="gw-grid">
        <section className="gw-panel" aria-labelledby="gw-document">
          <div className="gw-head">
            <h2 id="gw-document">Gateway document</h2>
            <div className="gw-actions">
              <button type="button" className="primary" disabled={busy || !config} onClick={() => void apply()}>
                Apply
              </button>
              <button type="button" disabled={busy || !config} onClick={revert}>
                Revert edits
              </button>
            </div>
          </div>
          {config ? (
            <CodeEditor path="file:///gateway-lab/gateway.yaml" language="yaml" value={text} onChange={setText} errorMarker={marker} theme={theme} label="Gateway document (YAML or JSON)" />
          ) : (
            <p className="loading" role="status">Loading the document…</p>
          )}
          <p className="gw-status" role="status" data-testid="apply-status">
            {status}
          </p>
          <ProblemList problems={problems} />
        </section>

        <section className="gw-panel" aria-labelledby="gw-traffic">
          <h2 id="gw-traffic">Traffic</h2>
          <TrafficPanel routes={config?.routes ?? []} onBatchDone={refreshStats} />
          <h2>Live stats</h2>
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
