import { useEffect, useState, type FormEvent } from 'react';
import { logViewer } from '@messages/log-viewer';
import { filterProblem, cleanFilter } from './log-tail';
import type { LogFilter, LogLevel } from './monitoring-api';

const m = logViewer.filters;

/** The viewer's filters; applies them on submit, with a message beside a value that cannot work. */
export function LogFilterForm({ filter, onApply }: { filter: LogFilter; onApply: (filter: LogFilter) => void }) {
  const [draft, setDraft] = useState<LogFilter>(filter);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setDraft(filter), [filter]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const clean = cleanFilter(draft);
    const wrong = filterProblem(clean);
    setProblem(wrong);
    if (!wrong) onApply(clean);
  }

  const field = (name: keyof LogFilter) => ({
    value: draft[name] ?? '',
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }),
  });

  return (
    <form className="mon-filters" onSubmit={submit} aria-label={m.label}>
      <label>
        {m.requestId}
        <input {...field('request_id')} placeholder={m.requestIdPlaceholder} spellCheck={false} />
      </label>
      <label>
        {m.lowestLevel}
        <select value={draft.level ?? ''} onChange={(event) => setDraft({ ...draft, level: (event.target.value || undefined) as LogLevel | undefined })}>
          <option value="">{m.allLevels}</option>
          <option value="warn">{'warn'}</option>
          <option value="error">{'error'}</option>
        </select>
      </label>
      <label>
        {m.routeTemplate}
        <input {...field('route')} placeholder={m.routePlaceholder} spellCheck={false} />
      </label>
      <label>
        {m.status}
        <input {...field('status')} placeholder={m.statusPlaceholder} size={8} spellCheck={false} />
      </label>
      <button type="submit">{m.filter}</button>
      <button
        type="button"
        onClick={() => {
          setProblem(null);
          onApply({});
        }}
      >
        {m.clear}
      </button>
      {problem && (
        <p className="mon-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
