import { useEffect, useMemo, useState } from 'react';
import { LoadChart } from './load-chart';
import { profile, settingsProblems, type LoadSettings } from './profiles';
import { SettingsForm } from './settings-form';
import { perSecond, summarizeRun } from './stats';
import { SummaryTable } from './summary-table';
import { useLoadRun } from './use-load-run';
import './load-lab.css';

/**
 * `/labs/load`: virtual users with weighted tasks send real requests to the in-browser
 * sandbox; a live chart shows throughput by status and latency percentiles per second, and
 * the summary table the whole run. The stress profile runs on the free tier, so the rate
 * limiter's 429s and Retry-After appear, and the learner can see what honouring it changes.
 */
export default function LoadLab() {
  const [settings, setSettings] = useState<LoadSettings>(profile('steady').settings);
  const { view, start, stop } = useLoadRun();
  const problems = settingsProblems(settings);
  const running = view.phase === 'running';

  useEffect(() => {
    document.title = 'Load testing lab · API Design Workbench';
  }, []);

  const buckets = useMemo(() => (view.settings ? perSecond(view.samples, view.settings.durationSeconds) : []), [view.samples, view.settings]);
  const summary = useMemo(() => summarizeRun(view.samples, view.elapsedMs), [view.samples, view.elapsedMs]);

  const status =
    view.phase === 'running'
      ? `Running: ${(view.elapsedMs / 1000).toFixed(1)} of ${view.settings!.durationSeconds} s, ${view.samples.length} requests so far.`
      : view.phase === 'finished'
        ? `${view.stoppedEarly ? 'Stopped' : 'Finished'} after ${(view.elapsedMs / 1000).toFixed(1)} s: ${view.samples.length} requests.`
        : 'Pick a profile, adjust it if you like, and start.';

  return (
    <div className="page ll-lab">
      <h1>Load testing lab</h1>
      <p className="page-intro">
        Virtual users, each in a loop: pick a task by weight (list users ×3, get one user ×2, create an order ×1, read back your own order ×2),
        send it to the sandbox, wait a moment, repeat. Users join over the ramp-up and leave when the duration is over. Every request is a real
        fetch in this tab, answered by the sandbox through its service worker, so the latencies are those of the sandbox and the browser.
      </p>

      <section className="ll-panel" aria-labelledby="ll-setup">
        <h2 id="ll-setup">Run</h2>
        <SettingsForm settings={settings} disabled={running} onChange={setSettings} onPickProfile={(id) => setSettings(profile(id).settings)} />
        {problems.length > 0 && (
          <ul className="ll-problems" data-testid="settings-problems">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        <div className="ll-actions">
          <button type="button" className="primary" disabled={running || problems.length > 0} onClick={() => void start(settings)}>
            Start
          </button>
          <button type="button" disabled={!running} onClick={stop}>
            Stop
          </button>
          <span role="status" data-testid="run-status">
            {status}
          </span>
        </div>
      </section>

      {view.settings && (
        <section className="ll-panel" aria-labelledby="ll-results">
          <h2 id="ll-results">Results</h2>
          <LoadChart buckets={buckets} />
          <SummaryTable summary={summary} />
        </section>
      )}

      <section className="ll-notes" aria-labelledby="ll-reading">
        <h2 id="ll-reading">Reading the numbers</h2>
        <p>
          <strong>Percentiles</strong> are nearest-rank: sort the latencies of the requests that got an answer, and p95 is the one at rank ⌈0.95 × n⌉. It
          is always a latency some request really had. With fewer than 100 requests, p99 is simply the slowest one.
        </p>
        <p>
          <strong>429 and Retry-After.</strong> A test script that marks a 429 as a failure and sends the next request at once only adds to the overload
          that caused it. Here each user that gets a 429 waits the seconds in <code>Retry-After</code> before its next request (untick the box to see
          the difference: far more 429s, and no more successes). The stress profile uses <code>X-API-Key: key_free_demo</code>, whose bucket is small on
          purpose and separate from the anonymous one the rest of the app uses.
        </p>
      </section>
    </div>
  );
}
