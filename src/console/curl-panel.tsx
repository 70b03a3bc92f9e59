import { useState } from 'react';
import { consoleText } from '@messages/console';

type CopyState = { status: 'idle' } | { status: 'copied'; command: string } | { status: 'refused'; command: string; reason: string };

interface CurlButtonProps {
  /** The command for the current form, or the problems that stop one from being built. */
  build: () => { command: string } | { problems: string[] };
  /** Shows the problems where the response goes, as Send does. */
  onProblems: (problems: string[]) => void;
}

/** "Copy as curl": puts the command on the clipboard and shows it, so it can also be selected by hand. */
export function CurlButton({ build, onProblems }: CurlButtonProps) {
  const [state, setState] = useState<CopyState>({ status: 'idle' });

  async function copy() {
    const built = build();
    if ('problems' in built) {
      setState({ status: 'idle' });
      onProblems(built.problems);
      return;
    }
    try {
      await navigator.clipboard.writeText(built.command);
      setState({ status: 'copied', command: built.command });
    } catch (error) {
      setState({ status: 'refused', command: built.command, reason: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {consoleText.copyCurl}
      </button>
      {state.status !== 'idle' && (
        <div className="console-curl">
          <p role="status">{state.status === 'copied' ? consoleText.curlCopied : consoleText.curlNotCopied(state.reason)}</p>
          <p className="try-it-caption">{consoleText.curlCaption}</p>
          <pre tabIndex={0} data-testid="curl-command">
            <code>{state.command}</code>
          </pre>
        </div>
      )}
    </>
  );
}
