import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import { search } from '@messages/search';
import { matchesKeys, shortcut } from '../app/shortcuts';
import type { SearchResult } from './search-entry';
import './search-box.css';

const focusSearch = shortcut('focus-search');

type Ranker = (query: string) => SearchResult[];
type IndexState = { status: 'idle' | 'loading' } | { status: 'ready'; rank: Ranker; warning: string | null } | { status: 'failed'; reason: string };

// The index (every chapter's text and /openapi.json) is built the first time the box is
// used, from a module loaded on demand: none of it is in the first page's JavaScript.
let shared: Promise<{ rank: Ranker; warning: string | null }> | null = null;
function loadIndex() {
  shared ??= Promise.all([import('./load-search-index'), import('./search-rank')]).then(async ([loader, ranking]) => {
    const index = await loader.loadSearchIndex();
    return { rank: (query: string) => ranking.rank(index.items, query, 12), warning: index.warning };
  });
  shared.catch(() => (shared = null)); // a failed load (e.g. offline chunk) may be retried on the next focus
  return shared;
}

const inTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** The header's search box: a combobox over chapters, sections, exercises and sandbox endpoints ("/" focuses it). */
export function SearchBox() {
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [index, setIndex] = useState<IndexState>({ status: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const statusId = useId();

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!matchesKeys(event, focusSearch.keys) || inTextField(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const ensureIndex = () => {
    if (index.status !== 'idle') return;
    setIndex({ status: 'loading' });
    loadIndex().then(
      (loaded) => setIndex({ status: 'ready', ...loaded }),
      (error: unknown) => setIndex({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
  };

  const results = index.status === 'ready' && query.trim() ? index.rank(query) : [];
  const expanded = open && query.trim().length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  const go = (result: SearchResult) => {
    setOpen(false);
    setQuery('');
    input.current?.blur();
    const [path, hash] = result.entry.href.split('#');
    // Same page, new anchor: setting the hash scrolls there and tells Scalar (hashchange).
    if (path === window.location.pathname && hash) window.location.hash = hash;
    else navigate(result.entry.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      const chosen = results[active];
      if (expanded && chosen) {
        event.preventDefault();
        go(chosen);
      }
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    } else if (event.key === 'Home' || event.key === 'End') {
      // Left to the input: they move the caret in the text, as the combobox pattern says.
    }
  };

  let status = '';
  if (expanded) {
    if (index.status === 'loading') status = search.loading;
    else if (index.status === 'failed') status = search.failed(index.reason);
    else if (index.status === 'ready') status = results.length === 0 ? search.none(query.trim()) : search.count(results.length);
  }

  return (
    <div className="search-box" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {search.label}
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={search.placeholder}
        aria-keyshortcuts={focusSearch.keys}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-describedby={statusId}
        aria-activedescendant={expanded && results[active] ? optionId(active) : undefined}
        value={query}
        onFocus={() => {
          ensureIndex();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          ensureIndex();
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="search-popup" hidden={!expanded}>
        <p id={statusId} className="search-status" role="status">
          {status}
        </p>
        {index.status === 'ready' && index.warning && expanded && <p className="search-warning">{index.warning}</p>}
        <ul id={listId} role="listbox" aria-label={search.results}>
          {results.map((result, i) => (
            <li
              key={result.entry.href + result.entry.kind}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search-option"
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                go(result);
              }}
              onMouseMove={() => setActive(i)}
            >
              <span className="search-kind" data-kind={result.entry.kind}>
                {search.kind[result.entry.kind]}
              </span>
              <span className="search-title">{result.entry.title}</span>
              <span className="search-context">{result.entry.context}</span>
              {result.excerpt && <span className="search-excerpt">{result.excerpt}</span>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
