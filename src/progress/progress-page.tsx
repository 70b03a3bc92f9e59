/**
 * The progress page: every chapter with its exercises and their state (in words,
 * not only colour), the totals, and the export/import controls.
 */
import { Link } from 'wouter';
import { progress as m } from '@messages/progress';
import { richText } from '../messages/rich-text';
import { downloadText } from './download';
import { getProgressStore } from './progress-store';
import type { ProgressEntries, ProgressStore } from './progress-store';
import { ProgressTransfer } from './progress-transfer';
import type { ProgressStatus } from './schema';
import { describeCorruptEntry } from './storage';
import { progressStatusOf, useAllProgress } from './use-exercise-progress';
import './progress.css';

export interface ProgressChapter {
  chapter: number;
  title: string;
  slug: string;
}

export interface ProgressExercise {
  id: string;
  title: string;
  chapter: number;
  minutes: number;
}

export interface ProgressPageProps {
  chapters: ProgressChapter[];
  exercises: ProgressExercise[];
  /** Defaults to the app's store; tests pass their own. */
  store?: ProgressStore;
}

/** Status words shown to the learner (the colour only repeats them). */
export const progressStatusLabel: Record<ProgressStatus, string> = m.status;

const statusMark: Record<ProgressStatus, string> = { not_started: '○', in_progress: '◐', passed: '✓' };

function countByStatus(exercises: ProgressExercise[], entries: ProgressEntries): Record<ProgressStatus, number> {
  const counts: Record<ProgressStatus, number> = { not_started: 0, in_progress: 0, passed: 0 };
  for (const exercise of exercises) counts[progressStatusOf(entries, exercise.id)] += 1;
  return counts;
}

function ExerciseRow({ exercise, entries }: { exercise: ProgressExercise; entries: ProgressEntries }) {
  const status = progressStatusOf(entries, exercise.id);
  const attempts = entries[exercise.id]?.attempts ?? 0;
  return (
    <li className="progress-exercise">
      <Link href={`/exercises/${exercise.id}`}>{exercise.title}</Link>
      <span className="progress-minutes">{m.minutes(exercise.minutes)}</span>
      {attempts > 0 && <span className="progress-attempts">{m.runs(attempts)}</span>}
      <span className="progress-status" data-status={status}>
        <span aria-hidden="true">{statusMark[status]} </span>
        {progressStatusLabel[status]}
      </span>
    </li>
  );
}

interface ChapterProgressProps {
  heading: string;
  href: string | null;
  exercises: ProgressExercise[];
  entries: ProgressEntries;
}

function ChapterProgress({ heading, href, exercises, entries }: ChapterProgressProps) {
  const passed = countByStatus(exercises, entries).passed;
  return (
    <section className="progress-chapter" aria-label={heading}>
      <h2>{href ? <Link href={href}>{heading}</Link> : heading}</h2>
      {exercises.length === 0 ? (
        <p className="progress-hint">{m.readingOnly}</p>
      ) : (
        <>
          <p className="progress-hint">{m.chapterPassed(passed, exercises.length)}</p>
          <ul className="progress-exercises">
            {exercises.map((exercise) => (
              <ExerciseRow key={exercise.id} exercise={exercise} entries={entries} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CorruptNotice({ store }: { store: ProgressStore }) {
  const corrupt = store.getCorrupt();
  if (corrupt.length === 0) return null;
  return (
    <div className="progress-message" data-tone="fail" role="alert">
      <ul>
        {corrupt.map((entry) => (
          <li key={entry.exerciseId}>
            {describeCorruptEntry(entry)}{' '}
            <button type="button" onClick={() => downloadText(`workbench-progress-damaged-${entry.exerciseId}.txt`, entry.raw, 'text/plain')}>
              {m.downloadDamaged}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The learner's progress through every chapter, with export and import. */
export function ProgressPage({ chapters, exercises, store = getProgressStore() }: ProgressPageProps) {
  const entries = useAllProgress(store);
  const counts = countByStatus(exercises, entries);
  const known = new Set(chapters.map((c) => c.chapter));
  const orphans = exercises.filter((e) => !known.has(e.chapter));
  const saveError = store.getSaveError();

  return (
    <div className="page progress-page">
      <h1>{m.title}</h1>
      <p className="progress-summary">
        {richText(m.summary, {
          passed: <strong>{counts.passed}</strong>,
          total: exercises.length,
          inProgress: counts.in_progress,
          notStarted: counts.not_started,
        })}
      </p>
      <progress className="progress-bar" value={counts.passed} max={Math.max(exercises.length, 1)} aria-label={m.barLabel} />
      {saveError && (
        <p className="progress-message" data-tone="fail" role="alert">
          {m.saveFailed(saveError.message)}
        </p>
      )}
      <CorruptNotice store={store} />
      {[...chapters]
        .sort((a, b) => a.chapter - b.chapter)
        .map((chapter) => (
          <ChapterProgress
            key={chapter.slug}
            heading={m.chapterHeading(chapter.chapter, chapter.title)}
            href={`/chapters/${chapter.slug}`}
            exercises={exercises.filter((e) => e.chapter === chapter.chapter)}
            entries={entries}
          />
        ))}
      {orphans.length > 0 && <ChapterProgress heading={m.otherExercises} href={null} exercises={orphans} entries={entries} />}
      <ProgressTransfer store={store} />
    </div>
  );
}
