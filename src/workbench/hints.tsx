import { useState } from 'react';

/** Hints revealed one at a time, gentlest first. */
export function Hints({ hints }: { hints: string[] }) {
  const [shown, setShown] = useState(0);
  if (hints.length === 0) return null;
  return (
    <section className="hints" aria-labelledby="hints-title">
      <h2 id="hints-title">Hints</h2>
      <ol>
        {hints.slice(0, shown).map((html, i) => (
          <li key={i} dangerouslySetInnerHTML={{ __html: html }} />
        ))}
      </ol>
      {shown < hints.length ? (
        <button type="button" onClick={() => setShown(shown + 1)}>
          Show hint {shown + 1} of {hints.length}
        </button>
      ) : (
        <p className="muted">That was the last hint.</p>
      )}
    </section>
  );
}
