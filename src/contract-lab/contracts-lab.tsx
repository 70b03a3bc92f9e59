import { useEffect, useId, useState } from 'react';
import { pactFromText } from './draft-json';
import { EXAMPLE_CONTRACT } from './example-contract';
import { loadVariants, saveVariants, browserProvider, type ProviderVariant } from './lab-api';
import { InteractionForm } from './interaction-form';
import { MatcherGuide } from './matcher-guide';
import type { PactFile } from './pact-types';
import { PactFilePanel } from './pact-file-panel';
import { VariantSwitches } from './variant-switches';
import { VerificationResults } from './verification-results';
import { verifyContract, type InteractionResult } from './verify-contract';
import './contracts-lab.css';

const exampleText = JSON.stringify(EXAMPLE_CONTRACT, null, 2);

/**
 * `/labs/contracts`: a consumer writes what it needs from the users API, records it as a
 * Pact v3 contract, and verifies the sandbox (the provider) against it; switching on a
 * provider variant shows which interactions a change breaks, and why.
 */
export default function ContractsLab() {
  const [text, setText] = useState(exampleText);
  const [pact, setPact] = useState<PactFile | null>(null);
  const [results, setResults] = useState<InteractionResult[] | null>(null);
  const [variants, setVariants] = useState<ProviderVariant[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const editorId = useId();

  useEffect(() => {
    document.title = 'Contract testing lab · API Design Workbench';
    loadVariants()
      .then(setVariants)
      .catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  }, []);

  function record(): PactFile | null {
    try {
      const recorded = pactFromText(text);
      setPact(recorded);
      setProblem(null);
      return recorded;
    } catch (e) {
      setPact(null);
      setResults(null); // they belonged to the text before this edit
      setProblem(e instanceof Error ? e.message : String(e));
      return null;
    }
  }

  async function verify() {
    const recorded = record();
    if (!recorded) return;
    setBusy(true);
    try {
      setResults(await verifyContract(recorded, browserProvider));
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  async function changeVariants(active: string[]) {
    const before = variants;
    // Show the switch as flipped at once; the sandbox's answer then confirms it (or it flips back).
    setVariants(variants.map((variant) => ({ ...variant, active: active.includes(variant.name) })));
    setBusy(true);
    try {
      setVariants(await saveVariants(active));
      setResults(null); // results of the old provider would mislead
    } catch (e) {
      setVariants(before);
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page cl-lab">
      <h1>Contract testing lab</h1>
      <p className="page-intro">
        A consumer writes down the requests it makes and what it needs back. The recorded contract (a Pact v3 file) goes to
        the provider, which replays every request against its real code. Here the consumer is a small users app and the
        provider is the sandbox’s v1 users API. Switch on a change to the provider and verify again to see which promise it
        breaks. Nothing leaves your browser.
      </p>

      <div className="cl-grid">
        <section className="cl-panel" aria-labelledby="cl-editor-title">
          <h2 id="cl-editor-title">1. Consumer expectations</h2>
          <label htmlFor={editorId}>Interactions (JSON, matchers written inline)</label>
          <textarea
            id={editorId}
            className="cl-editor"
            spellCheck={false}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setPact(null);
            }}
          />
          <div className="cl-actions">
            <button type="button" className="primary" onClick={() => void record()}>
              Record contract
            </button>
            <button type="button" onClick={() => (setText(exampleText), setPact(null), setResults(null), setProblem(null))}>
              Back to the example
            </button>
          </div>
          <InteractionForm
            text={text}
            onText={(next) => {
              setText(next);
              setPact(null);
              setProblem(null);
            }}
            onError={setProblem}
          />
          <MatcherGuide />
        </section>

        <section className="cl-panel" aria-labelledby="cl-provider-title">
          <h2 id="cl-provider-title">2. Provider</h2>
          <VariantSwitches variants={variants} busy={busy} onChange={(active) => void changeVariants(active)} />
          <div className="cl-actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void verify()}>
              Verify provider
            </button>
          </div>
          {problem && (
            <p className="error-box" role="alert">
              {problem}
            </p>
          )}
          {busy && <p role="status">Replaying the interactions…</p>}
          {results && <VerificationResults results={results} />}
        </section>
      </div>

      {pact && (
        <section className="cl-panel" aria-labelledby="cl-pact-title">
          <h2 id="cl-pact-title">3. The contract file</h2>
          <p className="muted">
            Matchers became examples in the bodies, and their rules moved to <code>matchingRules</code> under the JSONPath of the
            value they guard. A provider’s build can verify this same file.
          </p>
          <PactFilePanel pact={pact} />
        </section>
      )}

      <section className="cl-panel cl-explain" aria-labelledby="cl-try-title">
        <h2 id="cl-try-title">What to try</h2>
        <ol>
          <li>Verify the example as it is: all four interactions pass, because the contract asks only for what the provider does.</li>
          <li>
            Switch on one change at a time and verify. Each breaks a different promise: a key the consumer reads, the type of
            a value, a header, a status. The provider’s own tests would stay green for all four.
          </li>
          <li>
            Replace a matcher by an exact value, say the <code>id</code> of the first interaction by <code>"usr_1"</code>. The
            contract now fails against the real provider: the state creates a new user each time, so exact values belong only
            where the value really is fixed.
          </li>
          <li>
            Delete the response <code>body</code> of the first interaction. It then passes even with every change switched
            on: an interaction without expectations protects nothing.
          </li>
        </ol>
      </section>
    </div>
  );
}
