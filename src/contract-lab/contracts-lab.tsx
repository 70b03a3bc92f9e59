import { useEffect, useId, useState } from 'react';
import { contractLab as m } from '@messages/contract-lab';
import { richText } from '../messages/rich-text';
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
    document.title = m.documentTitle;
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
      <h1>{m.title}</h1>
      <p className="page-intro">{m.intro}</p>

      <div className="cl-grid">
        <section className="cl-panel" aria-labelledby="cl-editor-title">
          <h2 id="cl-editor-title">{m.consumer.title}</h2>
          <label htmlFor={editorId}>{m.consumer.editorLabel}</label>
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
              {m.consumer.record}
            </button>
            <button type="button" onClick={() => (setText(exampleText), setPact(null), setResults(null), setProblem(null))}>
              {m.consumer.backToExample}
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
          <h2 id="cl-provider-title">{m.provider.title}</h2>
          <VariantSwitches variants={variants} busy={busy} onChange={(active) => void changeVariants(active)} />
          <div className="cl-actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void verify()}>
              {m.provider.verify}
            </button>
          </div>
          {problem && (
            <p className="error-box" role="alert">
              {problem}
            </p>
          )}
          {busy && <p role="status">{m.provider.replaying}</p>}
          {results && <VerificationResults results={results} />}
        </section>
      </div>

      {pact && (
        <section className="cl-panel" aria-labelledby="cl-pact-title">
          <h2 id="cl-pact-title">{m.pactFile.title}</h2>
          <p className="muted">{richText(m.pactFile.note, { rules: <code>{'matchingRules'}</code> })}</p>
          <PactFilePanel pact={pact} />
        </section>
      )}

      <section className="cl-panel cl-explain" aria-labelledby="cl-try-title">
        <h2 id="cl-try-title">{m.tryTitle}</h2>
        <ol>
          <li>{m.tries.asIs}</li>
          <li>{m.tries.oneChange}</li>
          <li>{richText(m.tries.exactValue, { id: <code>{'id'}</code>, value: <code>{'"usr_1"'}</code> })}</li>
          <li>{richText(m.tries.noBody, { body: <code>{'body'}</code> })}</li>
        </ol>
      </section>
    </div>
  );
}
