import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { workbench } from '@messages/workbench';
import { chapters, exercises, loadExercise, loadExerciseFiles } from '../content/catalog';
import type { ExerciseDoc, ExerciseFiles } from '../content/catalog';
import { useAsync } from '../app/use-async';
import { useTheme } from '../app/use-theme';
import { NotFoundPage } from '../app/not-found-page';
import type { GradeResults } from '../grading/results';
import { useExerciseProgress } from '../progress/use-exercise-progress';
import { CodeEditor } from './code-editor';
import type { CodeEditorHandle } from './code-editor';
import { setExerciseTypes } from './monaco-setup';
import { Hints } from './hints';
import type { HintsHandle } from './hints';
import { ResultsPanel } from './results-panel';
import { SolutionDialog } from './solution-dialog';
import { CompareDialog } from './compare-dialog';
import { EditorToolbar } from './editor-toolbar';
import { UnfinishedRunNotice } from './unfinished-run-notice';
import { failingStops, nextStop } from './failing-checks';
import { useGuardedRun } from './use-guarded-run';
import { useScreenReaderMode } from './use-screen-reader-mode';
import { useWorkbenchKeys } from './use-workbench-keys';
import { TryIt } from '../reader/try-it';
import { SectionBackLink } from '../reader/chapter-end-section-link';
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
  if (state.status === 'loading') return <p className="loading" role="status">{workbench.loading}</p>;
  if (state.status === 'failed' || !state.value)
    return (
      <div className="page error-box" role="alert">
        {workbench.loadFailed(state.status === 'failed' ? state.error.message : null)}
      </div>
    );
  const [doc, files] = state.value;
  return <Workbench id={id} doc={doc} files={files} />;
}

function Workbench({ id, doc, files }: { id: string; doc: ExerciseDoc; files: ExerciseFiles }) {
  const { frontmatter } = doc;
  const progress = useExerciseProgress(id, files.starter);
  const theme = useTheme();
  const screenReader = useScreenReaderMode();
  const [results, setResults] = useState<GradeResults | null>(progress.lastResults ?? null);
  const [solutionOpen, setSolutionOpen] = useState(false);
  const [compareOpen, setCompareOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const editor = useRef<CodeEditorHandle>(null);
  const hints = useRef<HintsHandle>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const textRef = useRef(progress.text);
  textRef.current = progress.text;
  const chapter = chapters.find((c) => c.frontmatter.chapter === frontmatter.chapter);

  useEffect(() => {
    document.title = workbench.documentTitle(frontmatter.title);
    setExerciseTypes(files.types);
    return () => setExerciseTypes(null);
  }, [frontmatter.title, files.types]);

  const getText = useCallback(() => textRef.current, []);
  const { recordResults } = progress;
  const onResults = useCallback(
    (graded: GradeResults) => {
      setResults(graded);
      recordResults(graded);
    },
    [recordResults],
  );
  const { running, unfinished, run, dismissUnfinished } = useGuardedRun(id, getText, onResults);

  useWorkbenchKeys({
    run: () => void run(),
    nextHint: () => hints.current?.revealNext(),
    nextFailingCheck() {
      const stop = nextStop(failingStops(results), document.activeElement?.id ?? null);
      if (!stop) return setNotice(workbench.results.noFailing);
      document.getElementById(stop.elementId)?.focus();
      if (stop.location) editor.current?.moveCursorTo(stop.location);
    },
    toggleFocus: () => (editor.current?.hasFocus() ? title.current?.focus() : editor.current?.focus()),
  });

  const failedOnce = progress.attempts > 0 && progress.status !== 'passed';
  const errorMarker =
    results?.status === 'error' && results.location ? { location: results.location, message: results.message ?? '' } : null;

  return (
    <div className="workbench">
      <section className="workbench-task" aria-labelledby="exercise-title">
        <p className="breadcrumb">
          {chapter ? (
            <Link href={`/chapters/${chapter.slug}`}>{workbench.chapterLink(chapter.frontmatter.chapter, chapter.frontmatter.title)}</Link>
          ) : (
            workbench.chapterOnly(frontmatter.chapter)
          )}
          {chapter && <> · <SectionBackLink exerciseId={frontmatter.id} chapterSlug={chapter.slug} section={frontmatter.section} /></>}
        </p>
        <h1 id="exercise-title" ref={title} tabIndex={-1}>
          {frontmatter.title}
        </h1>
        <p className="exercise-meta">
          <span>{workbench.minutes(frontmatter.minutes)}</span> · <span>{frontmatter.difficulty}</span> ·{' '}
          <span data-testid="exercise-status">{workbench.status[progress.status]}</span>
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
        <Hints hints={doc.hints} ref={hints} />
        <ResultsPanel results={results} running={running} />
        <p className="visually-hidden" aria-live="polite">
          {notice}
        </p>
      </section>
      <section className="workbench-editor" aria-label={workbench.submissionRegion}>
        <EditorToolbar
          filename={files.filename}
          running={running}
          onRun={() => void run()}
          onReset={() => progress.reset()}
          canUndoReset={progress.canUndoReset}
          onUndoReset={() => progress.undoReset()}
          canShowSolution={failedOnce || progress.status === 'passed' || progress.solutionShown}
          onShowSolution={() => setSolutionOpen(true)}
          canCompare={progress.status === 'passed' || progress.solutionShown}
          onCompare={() => setCompareOpen(true)}
          screenReaderOn={screenReader.optimized}
          onToggleScreenReader={screenReader.toggle}
        />
        {unfinished && <UnfinishedRunNotice startedAt={unfinished.startedAt} onDismiss={dismissUnfinished} />}
        {screenReader.detected && <p className="workbench-note" role="status">{workbench.screenReaderDetected}</p>}
        {progress.saveError && (
          <p className="save-error" role="alert">
            {workbench.saveError(progress.saveError)}
          </p>
        )}
        <CodeEditor
          ref={editor}
          path={`file:///${id}/${files.filename}`}
          language={languageOf[frontmatter.kind]}
          value={progress.text}
          onChange={progress.setText}
          errorMarker={errorMarker}
          theme={theme}
          label={workbench.editorLabel(frontmatter.title)}
          screenReader={screenReader.mode}
          onScreenReaderOptimized={screenReader.onOptimized}
        />
        <SolutionDialog
          open={solutionOpen}
          alreadyShown={progress.solutionShown}
          solution={files.solution}
          onConfirm={() => progress.markSolutionShown()}
          onClose={() => setSolutionOpen(false)}
          onCompare={() => {
            setSolutionOpen(false);
            setCompareOpen(true);
          }}
        />
        <CompareDialog
          open={compareOpen}
          exerciseId={id}
          submission={progress.text}
          solution={files.solution}
          language={languageOf[frontmatter.kind]}
          results={results}
          gradedAt={progress.lastGradedAt}
          onClose={() => setCompareOpen(false)}
        />
      </section>
    </div>
  );
}
