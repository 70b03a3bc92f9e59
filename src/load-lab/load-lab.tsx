import { useEffect, useMemo, useState } from 'react';
import { loadLab as m } from '@messages/load-lab';
import { richText } from '../messages/rich-text';
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
    document.title = m.documentTitle;
  }, []);

  const buckets = useMemo(() => (view.settings ? perSecond(view.samples, view.settings.durationSeconds) : []), [view.samples, view.settings]);
  const summary = useMemo(() => summarizeRun(view.samples, view.elapsedMs), [view.samples, view.elapsedMs]);

  const status =
    view.phase === 'running'
      ? m.status.running((view.elapsedMs / 1000).toFixed(1), view.settings!.durationSeconds, view.samples.length)
      : view.phase === 'finished'
        ? m.status.finished(view.stoppedEarly, (view.elapsedMs / 1000).toFixed(1), view.samples.length)
        : m.status.idle;

  return (
    <div className="page ll-lab">
      <h1>{m.title}</h1>
      <p className="page-intro">{m.intro}</p>

      <section className="ll-panel" aria-labelledby="ll-setup">
        <h2 id="ll-setup">{m.run}</h2>
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
            {m.start}
          </button>
          <button type="button" disabled={!running} onClick={stop}>
            {m.stop}
          </button>
          <span role="status" data-testid="run-status">
            {status}
          </span>
        </div>
      </section>

      {view.settings && (
        <section className="ll-panel" aria-labelledby="ll-results">
          <h2 id="ll-results">{m.results}</h2>
          <LoadChart buckets={buckets} />
          <SummaryTable summary={summary} />
        </section>
      )}

      <section className="ll-notes" aria-labelledby="ll-reading">
        <h2 id="ll-reading">{m.notesTitle}</h2>
        <p>{richText(m.notes.percentiles, { name: <strong>{m.notes.percentilesName}</strong> })}</p>
        <p>
          {richText(m.notes.retry, {
            name: <strong>{m.notes.retryName}</strong>,
            header: <code>{'Retry-After'}</code>,
            key: <code>{'X-API-Key: key_free_demo'}</code>,
          })}
        </p>
      </section>
    </div>
  );
}
