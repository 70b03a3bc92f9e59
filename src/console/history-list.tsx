import { consoleText } from '@messages/console';
import type { HistoryEntry } from './console-history';

interface HistoryListProps {
  entries: HistoryEntry[];
  onRestore: (entry: HistoryEntry) => void;
  onClear: () => void;
  /** A note about the history (cleared, could not be saved), announced politely. */
  notice: string | null;
}

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The console's history, newest first: one button per request that loads it back into the form. */
export function HistoryList({ entries, onRestore, onClear, notice }: HistoryListProps) {
  return (
    <section className="console-history" aria-labelledby="console-history-title">
      <h2 id="console-history-title">{consoleText.historyHeading}</h2>
      {entries.length === 0 ? (
        <p className="muted">{consoleText.historyEmpty}</p>
      ) : (
        <ol>
          {entries.map((entry) => (
            <li key={entry.id}>
              <button type="button" onClick={() => onRestore(entry)} aria-label={consoleText.historyRestore(entry.request.method, entry.request.url, timeOf(entry.at))}>
                <span className="console-history-method">{entry.request.method}</span>
                <code className="console-history-url">{entry.request.url}</code>
                <span className="console-history-meta" data-status={entry.status === null ? 'none' : String(entry.status)[0]}>
                  {consoleText.historyStatus(entry.status, entry.ms)} · {timeOf(entry.at)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {entries.length > 0 && (
        <button type="button" onClick={onClear}>
          {consoleText.clearHistory}
        </button>
      )}
      <p className="muted console-history-notice" role="status">
        {notice ?? ''}
      </p>
    </section>
  );
}
