import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { chapters, exercises, loadExercise, loadExerciseFiles } from '../content/catalog';
import type { ExerciseDoc, ExerciseFiles } from '../content/catalog';
import { useAsync } from '../app/use-async';
import { useTheme } from '../app/use-theme';
import { NotFoundPage } from '../app/not-found-page';
import { gradeInWorker } from '../grading/browser';
import type { GradeResults } from '../grading/results';
import { useExerciseProgress } from '../progress/use-exercise-progress';
import { CodeEditor } from './code-editor';
import { setExerciseTypes } from './monaco-setup';
import { Hints } from './hints';
import { ResultsPanel } from './results-panel';
import { SolutionDialog } from './solution-dialog';
import { TryIt } from '../reader/try-it';
import '../reader/reader.css';
import './workbench.css';

const languageOf = { openapi: 'yaml', typescript: 'typescript', json: 'json', graphql: 'graphql', proto: 'proto' } as const;

/** Route component: loads the exercise's text and files, then shows the workbench. */
export default function ExercisePage({ id }: { id: string }) {
  const known = exercises.some((e) => e.id === id);
  const state = useAsync(
    () => (known ? Promise.all([loadExercise(id), loadExerciseFiles(id)]) : Promise.resolve(null)),
    id,
  );
  if (!known) return <NotFoundPage />;
  if (state.status === 'loading') return <p className="loading" role="status">Loading the exercise…</p>;
  if (state.status === 'failed' || !state.value)
    return (
      <div className="page error-box" role="alert">
        This exercise could not be loaded{state.status === 'failed' ? `: ${state.error.message}` : ''}.
      </div>
    );
  const [doc, files] = state.value;
  return <Workbench id={id} doc={doc} files={files} />;
}

function Workbench({ id, doc, files }: { id: string; doc: ExerciseDoc; files: ExerciseFiles }) {
  const { frontmatter } = doc;
  const progress = useExerciseProgress(id, files.starter);
  const theme = useTheme();
  const [running, setRunning] = useState(false);
  const [results, setResults] = useState<GradeResults | null>(progress.lastResults ?? null);
  const [solutionOpen, setSolutionOpen] = useState(false);
  const textRef = useRef(progress.text);
  textRef.current = progress.text;
  const chapter = chapters.find((c) => c.frontmatter.chapter === frontmatter.chapter);

  useEffect(() => {
    document.title = `${frontmatter.title} · API Design Workbench`;
    setExerciseTypes(files.types);
    return () => setExerciseTypes(null);
  }, [frontmatter.title, files.types]);

  const run = useCallback(async () => {
    if (running) return;
    setRunning(true);
    try {
      const graded = await gradeInWorker(id, textRef.current);
      setResults(graded);
      progress.recordResults(graded);
    } finally {
      setRunning(false);
    }
  }, [id, running, progress]);

  // Ctrl/Cmd+Enter runs the checks from anywhere on the page, the editor included.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        void run();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [run]);

  const failedOnce = progress.attempts > 0 && progress.status !== 'passed';
  const errorMarker =
    results?.status === 'error' && results.location ? { location: results.location, message: results.message ?? '' } : null;

  return (
    <div className="workbench">
      <section className="workbench-task" aria-labelledby="exercise-title">
        <p className="breadcrumb">
          {chapter ? (
            <Link href={`/chapters/${chapter.slug}`}>
              Chapter {chapter.frontmatter.chapter}: {chapter.frontmatter.title}
            </Link>
          ) : (
            `Chapter ${frontmatter.chapter}`
          )}
        </p>
        <h1 id="exercise-title">{frontmatter.title}</h1>
        <p className="exercise-meta">
          <span>{frontmatter.minutes} min</span> · <span>{frontmatter.difficulty}</span> ·{' '}
          <span data-testid="exercise-status">{statusLabel[progress.status]}</span>
        </p>
        <div className="exercise-task">
          {doc.task.map((segment, i) =>
            segment.kind === 'html' ? (
              <div key={i} dangerouslySetInnerHTML={{ __html: segment.html }} />
            ) : (
              <TryIt key={i} request={segment.request} />
            ),
          )}
        </div>
        <Hints hints={doc.hints} />
        <ResultsPanel results={results} running={running} />
      </section>
      <section className="workbench-editor" aria-label="Your submission">
        <div className="toolbar" role="toolbar" aria-label="Exercise actions">
          <button type="button" className="primary" onClick={() => void run()} disabled={running} aria-keyshortcuts="Control+Enter">
            {running ? 'Running…' : 'Run tests'}
          </button>
          <button type="button" onClick={() => progress.reset()}>
            Reset to starter
          </button>
          {progress.canUndoReset && (
            <button type="button" onClick={() => progress.undoReset()}>
              Undo reset
            </button>
          )}
          {(failedOnce || progress.status === 'passed' || progress.solutionShown) && (
            <button type="button" onClick={() => setSolutionOpen(true)}>
              Show solution
            </button>
          )}
          <span className="toolbar-file">{files.filename}</span>
        </div>
        {progress.saveError && (
          <p className="save-error" role="alert">
            Your work could not be saved in this browser: {progress.saveError}
          </p>
        )}
        <CodeEditor
          path={`file:///${id}/${files.filename}`}
          language={languageOf[frontmatter.kind]}
          value={progress.text}
          onChange={progress.setText}
          errorMarker={errorMarker}
          theme={theme}
          label={`Editor for ${frontmatter.title}`}
        />
        <SolutionDialog
          open={solutionOpen}
          alreadyShown={progress.solutionShown}
          solution={files.solution}
          onConfirm={() => progress.markSolutionShown()}
          onClose={() => setSolutionOpen(false)}
        />
      </section>
    </div>
  );
}

const statusLabel = { not_started: 'Not started', in_progress: 'In progress', passed: 'Passed' } as const;
