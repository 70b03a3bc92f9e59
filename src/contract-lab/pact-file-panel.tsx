import { useState } from 'react';
import { contractLab } from '@messages/contract-lab';
import { pactFileName } from './draft-json';
import type { PactFile } from './pact-types';

const m = contractLab.pactFile;

/** The recorded Pact file: shown as JSON, with copy and download. */
export function PactFilePanel({ pact }: { pact: PactFile }) {
  const [copied, setCopied] = useState('');
  const text = JSON.stringify(pact, null, 2);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(m.copied);
    } catch {
      setCopied(m.copyRefused);
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = pactFileName(pact);
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="cl-pact">
      <div className="cl-actions">
        <button type="button" onClick={() => void copy()}>
          {m.copy}
        </button>
        <button type="button" onClick={download}>
          {m.download(pactFileName(pact))}
        </button>
        <span role="status" className="muted">
          {copied}
        </span>
      </div>
      <pre data-testid="pact-json" tabIndex={0} aria-label={m.label}>
        {text}
      </pre>
    </div>
  );
}
