import { useCallback, useState } from 'react';
import { consoleText } from '@messages/console';
import { addEntry, newEntry, readHistory, saveHistory, type HistoryEntry } from './console-history';
import type { ConsoleDraft } from './console-request';

/** The console's history in React state, mirrored to localStorage on every change. */
export function useConsoleHistory() {
  const [entries, setEntries] = useState<HistoryEntry[]>(() => readHistory());
  const [notice, setNotice] = useState<string | null>(null);

  const commit = useCallback((next: HistoryEntry[], done: string | null) => {
    setEntries(next);
    const failure = saveHistory(next);
    setNotice(failure ? consoleText.historyNotSaved(failure) : done);
  }, []);

  /** Adds a sent request (with its status and time, or null when no answer came). */
  const record = useCallback(
    (draft: ConsoleDraft, answer: { status: number; ms: number } | null) => {
      // Re-read first: another tab may have added entries since this page loaded.
      commit(addEntry(readHistory(), newEntry(draft, answer)), null);
    },
    [commit],
  );

  const clear = useCallback(() => commit([], consoleText.historyCleared), [commit]);

  return { entries, record, clear, notice };
}
