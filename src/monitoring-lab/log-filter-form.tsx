import { useEffect, useState, type FormEvent } from 'react';
import { filterProblem, cleanFilter } from './log-tail';
import type { LogFilter, LogLevel } from './monitoring-api';

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
    <form className="mon-filters" onSubmit={submit} aria-label="Log filters">
      <label>
        Request id
        <input {...field('request_id')} placeholder="req_000042" spellCheck={false} />
      </label>
      <label>
        Lowest level
        <select value={draft.level ?? ''} onChange={(event) => setDraft({ ...draft, level: (event.target.value || undefined) as LogLevel | undefined })}>
          <option value="">info (all)</option>
          <option value="warn">warn</option>
          <option value="error">error</option>
        </select>
      </label>
      <label>
        Route template
        <input {...field('route')} placeholder="/api/v1/products/{id}" spellCheck={false} />
      </label>
      <label>
        Status
        <input {...field('status')} placeholder="404 or 5xx" size={8} spellCheck={false} />
      </label>
      <button type="submit">Filter</button>
      <button
        type="button"
        onClick={() => {
          setProblem(null);
          onApply({});
        }}
      >
        Clear
      </button>
      {problem && (
        <p className="mon-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
