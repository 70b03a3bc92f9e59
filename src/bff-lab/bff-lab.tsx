import { useCallback, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { bffLab as m } from '@messages/bff-lab';
import { richText } from '../messages/rich-text';
import { ClientColumn } from './client-column';
import { CLIENTS, fetchDashboard, getSettings, putSettings, type ClientId, type DashboardResult, type UpstreamSettings } from './lab-api';
import { UpstreamForm } from './upstream-form';
import './bff-lab.css';

type Results = Record<ClientId, DashboardResult | null>;
const EMPTY: Results = { mobile: null, web: null, partner: null };

/**
 * `/labs/bff`: the sandbox's three Backends for Frontends side by side. Each is sent for real
 * through the in-browser sandbox; the page shows its payload (raw and gzip), its upstream
 * calls from Server-Timing as a waterfall, and the time the parallel calls saved. The
 * upstream services' latency and failures can be changed to watch sections degrade.
 */
export default function BffLab() {
  const [settings, setSettings] = useState<UpstreamSettings | null>(null);
  const [results, setResults] = useState<Results>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const sendAll = useCallback(async () => {
    setBusy(true);
    setFailure(null);
    try {
      // One after another on purpose: each BFF's own timings are then not disturbed by the others.
      const next: Results = { ...EMPTY };
      for (const client of CLIENTS) next[client.id] = await fetchDashboard(client.path);
      setResults(next);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    document.title = m.documentTitle;
    getSettings()
      .then(setSettings)
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, []);

  const apply = async (next: UpstreamSettings) => {
    setBusy(true);
    setFailure(null);
    try {
      setSettings(await putSettings(next));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
    await sendAll();
  };

  const sizes = CLIENTS.map((client) => results[client.id]?.raw ?? null);

  return (
    <div className="page bff-lab">
      <h1>{m.title}</h1>
      <p className="page-intro">
        {richText(m.intro, {
          chapter: <Link href="/chapters/gateways-and-bffs">{m.chapterLink}</Link>,
          gateway: <Link href="/labs/gateway">{m.gatewayLink}</Link>,
        })}
      </p>
      <div className="bff-actions">
        <button type="button" onClick={() => void sendAll()} disabled={busy}>
          {m.sendAll}
        </button>
        {sizes.every((size) => size !== null) && (
          <span className="bff-muted" data-testid="size-ratio">
            {m.sizeRatio(((sizes[1] ?? 0) / Math.max(1, sizes[0] ?? 1)).toFixed(1))}
          </span>
        )}
      </div>
      {failure && (
        <p className="error-box" role="alert">
          {failure}
        </p>
      )}
      <div className="bff-grid">
        {CLIENTS.map((client) => (
          <ClientColumn key={client.id} id={client.id} label={client.label} path={client.path} result={results[client.id]} />
        ))}
      </div>
      <section className="bff-panel" aria-labelledby="bff-upstreams">
        <h2 id="bff-upstreams">{m.upstreams.title}</h2>
        <p className="bff-muted">{richText(m.upstreams.note, { degraded: <code>{'meta.degraded'}</code> })}</p>
        {settings && <UpstreamForm key={JSON.stringify(settings)} settings={settings} busy={busy} onApply={(next) => void apply(next)} />}
      </section>
    </div>
  );
}
