import { useCallback, useEffect, useState } from 'react';
import { Link } from 'wouter';
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
    document.title = 'BFF lab · API Design Workbench';
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
      <h1>BFF lab</h1>
      <p className="page-intro">
        One backend per kind of client, over the same three services (users, orders, products). Send the three dashboards and compare what each client receives, how
        long the upstream calls took in parallel, and how long they would take one after another. Chapter 9, <Link href="/chapters/gateways-and-bffs">Gateways, meshes and a backend for each frontend</Link>,
        explains the design; the <Link href="/labs/gateway">gateway lab</Link> shows what sits in front.
      </p>
      <div className="bff-actions">
        <button type="button" onClick={() => void sendAll()} disabled={busy}>
          Send all three
        </button>
        {sizes.every((size) => size !== null) && (
          <span className="bff-muted" data-testid="size-ratio">
            The web dashboard is {((sizes[1] ?? 0) / Math.max(1, sizes[0] ?? 1)).toFixed(1)}× the mobile one.
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
        <h2 id="bff-upstreams">Upstream services</h2>
        <p className="bff-muted">
          Make a service slower than the timeout, or failing, then apply: mobile and web leave that section out and say so in <code>meta.degraded</code>; the partner format is never partial
          and answers 503. Without the user service there is no dashboard at all.
        </p>
        {settings && <UpstreamForm key={JSON.stringify(settings)} settings={settings} busy={busy} onApply={(next) => void apply(next)} />}
      </section>
    </div>
  );
}
