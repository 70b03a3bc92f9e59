import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ChangeList } from './change-list';
import { compareTexts, type CompareMode, type Side, type SideError } from './compare';
import { compareExamples } from './examples';
import { compat as m } from '@messages/compat';
import { richText } from '../messages/rich-text';
import './compatibility.css';

type Texts = Record<Side, string>;

const firstExample = (mode: CompareMode) => compareExamples.find((example) => example.mode === mode)!;
const initial = compareExamples.find((example) => example.id === 'json-split-name')!;

/** Offset of a 1-based line and column in `text`, to put the caret on a parse error. */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i]!.length + 1;
  return Math.min(text.length, offset + column - 1);
}

/**
 * `/tools/compatibility`: paste two versions of a JSON response or of an OpenAPI
 * document and see every change classed as breaking, additive or neutral, with the
 * reason a client breaks. Each mode keeps its own texts, so switching loses nothing.
 */
export default function CompatibilityPage() {
  const [mode, setMode] = useState<CompareMode>(initial.mode);
  const [texts, setTexts] = useState<Record<CompareMode, Texts>>({
    json: { before: initial.before, after: initial.after },
    openapi: { before: firstExample('openapi').before, after: firstExample('openapi').after },
  });
  const [exampleId, setExampleId] = useState(initial.id);
  const editors = { before: useRef<HTMLTextAreaElement>(null), after: useRef<HTMLTextAreaElement>(null) };

  useEffect(() => {
    document.title = m.documentTitle;
  }, []);

  const current = texts[mode];
  // Comparing is fast, but a large document typed into quickly should not hold up each keystroke.
  const deferred = useDeferredValue(current);
  const result = useMemo(() => compareTexts(mode, deferred.before, deferred.after), [mode, deferred]);
  const errorFor = (side: Side): SideError | undefined => (result.ok ? undefined : result.errors.find((error) => error.side === side));

  function edit(side: Side, value: string) {
    setTexts((all) => ({ ...all, [mode]: { ...all[mode], [side]: value } }));
  }

  function loadExample(id: string) {
    const example = compareExamples.find((candidate) => candidate.id === id);
    if (!example) return;
    setExampleId(example.id);
    setMode(example.mode);
    setTexts((all) => ({ ...all, [example.mode]: { before: example.before, after: example.after } }));
  }

  function showError(error: SideError) {
    const editor = editors[error.side].current;
    if (!editor || !error.location) return;
    const offset = offsetOf(editor.value, error.location.line, error.location.column);
    editor.focus();
    editor.setSelectionRange(offset, offset);
  }

  const editor = (side: Side, label: string) => {
    const error = errorFor(side);
    const id = `compat-${side}`;
    return (
      <div className="compat-side">
        <label htmlFor={id}>{label}</label>
        <textarea
          id={id}
          ref={editors[side]}
          className="compat-editor"
          value={current[side]}
          onChange={(event) => edit(side, event.target.value)}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          rows={20}
        />
        {error && (
          <p id={`${id}-error`} className="compat-error" role="alert">
            {error.message}{' '}
            {error.location && (
              <button type="button" className="compat-goto" onClick={() => showError(error)}>
                {m.goTo(error.location.line, error.location.column)}
              </button>
            )}
          </p>
        )}
      </div>
    );
  };

  return (
    <div className="page compat-page">
      <h1>{m.title}</h1>
      <p className="compat-intro">
        {richText(m.intro, {
          additive: <strong>{m.terms.additive}</strong>,
          breaking: <strong>{m.terms.breaking}</strong>,
          neutral: <strong>{m.terms.neutral}</strong>,
          chapter: <Link href="/chapters/versioning">{m.chapterLink}</Link>,
        })}
      </p>

      <div className="compat-controls">
        <fieldset className="compat-mode">
          <legend>{m.compare}</legend>
          {(['json', 'openapi'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name="compat-mode" value={value} checked={mode === value} onChange={() => setMode(value)} /> {m.modes[value]}
            </label>
          ))}
        </fieldset>
        <label className="compat-example">
          {m.example}{' '}
          <select value={exampleId} onChange={(event) => loadExample(event.target.value)}>
            {compareExamples.map((example) => (
              <option key={example.id} value={example.id}>
                {m.examples[example.id]}
              </option>
            ))}
          </select>
        </label>
      </div>

      <div className="compat-grid">
        {editor('before', m.editors[mode].before)}
        {editor('after', m.editors[mode].after)}
      </div>

      {result.ok ? (
        <ChangeList changes={result.changes} />
      ) : (
        <p className="compat-waiting" role="status">
          {m.fixFirst(result.errors.length === 2 ? 'both' : result.errors[0]!.side)}
        </p>
      )}
    </div>
  );
}
