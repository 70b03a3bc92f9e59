import { useEffect, useRef } from 'react';
import { consoleText } from '@messages/console';
import type { HeaderRow } from './console-request';

// Offered as the learner types a header name; any other valid name may be typed too.
const COMMON_HEADERS = ['Accept', 'Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'If-None-Match', 'Prefer', 'X-API-Key', 'X-Request-Id'];

interface HeaderRowsProps {
  rows: HeaderRow[];
  onChange: (rows: HeaderRow[]) => void;
}

/** Editable header rows: a switch to send or skip each, its name and value, and a remove button. */
export function HeaderRows({ rows, onChange }: HeaderRowsProps) {
  const list = useRef<HTMLOListElement>(null);
  const added = useRef(false);

  useEffect(() => {
    // After "Add a header", the new row's name field takes focus, so typing can start at once.
    if (!added.current) return;
    added.current = false;
    list.current?.querySelector<HTMLInputElement>('li:last-child input[data-field="name"]')?.focus();
  }, [rows.length]);

  const update = (index: number, change: Partial<HeaderRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));
  const add = () => {
    added.current = true;
    onChange([...rows, { name: '', value: '', enabled: true }]);
  };

  return (
    <fieldset className="console-headers">
      <legend>{consoleText.headersHeading}</legend>
      {rows.length === 0 && <p className="muted">{consoleText.noHeaders}</p>}
      <ol ref={list}>
        {rows.map((row, i) => (
          <li key={i} className={row.enabled ? undefined : 'is-off'}>
            <input type="checkbox" checked={row.enabled} onChange={(e) => update(i, { enabled: e.target.checked })} aria-label={consoleText.headerEnabled(i + 1)} />
            <input
              type="text"
              data-field="name"
              value={row.name}
              onChange={(e) => update(i, { name: e.target.value })}
              aria-label={consoleText.headerName(i + 1)}
              list="console-header-names"
              spellCheck={false}
              autoComplete="off"
            />
            <input type="text" value={row.value} onChange={(e) => update(i, { value: e.target.value })} aria-label={consoleText.headerValue(i + 1)} spellCheck={false} autoComplete="off" />
            <button type="button" className="console-remove" onClick={() => remove(i)} aria-label={consoleText.removeHeader(i + 1)}>
              ×
            </button>
          </li>
        ))}
      </ol>
      <datalist id="console-header-names">
        {COMMON_HEADERS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <button type="button" onClick={add}>
        {consoleText.addHeader}
      </button>
    </fieldset>
  );
}
