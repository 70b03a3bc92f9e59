import { Link } from 'wouter';
import { course } from '@messages/course';
import type { CourseMap as CourseMapData, MapChapter } from './course-map-model';
import './course-map.css';

/** The twelve chapters with their exercises, time estimates and the learner's progress. */
export function CourseMap({ map }: { map: CourseMapData }) {
  const total = map.readingMinutes + map.exerciseMinutes;
  return (
    <section className="course-map" aria-labelledby="course-map-title">
      <div className="course-map-head">
        <div>
          <h2 id="course-map-title">{course.mapTitle}</h2>
          <p className="muted">{course.mapIntro(map.chapters.length, map.exercises, course.hours(total))}</p>
        </div>
        <div className="course-overall">
          <progress max={map.exercises} value={map.passed} aria-label={course.overallLabel} />
          <span data-testid="course-overall">{course.overall(map.passed, map.exercises)}</span>
        </div>
      </div>
      <ol className="course-chapters">
        {map.chapters.map((chapter) => (
          <ChapterCard key={chapter.slug} chapter={chapter} />
        ))}
      </ol>
    </section>
  );
}

function ChapterCard({ chapter }: { chapter: MapChapter }) {
  const total = chapter.exercises.length;
  const complete = total > 0 && chapter.passed === total;
  return (
    <li className="course-chapter" data-complete={complete || undefined} data-testid={`chapter-${chapter.chapter}`}>
      <div className="course-chapter-head">
        <span className="course-chapter-number" aria-hidden="true">
          {chapter.chapter}
        </span>
        <h3>
          <Link href={`/chapters/${chapter.slug}`}>
            <span className="visually-hidden">{course.chapterNumber(chapter.chapter)} </span>
            {chapter.title}
          </Link>
        </h3>
      </div>
      <p className="course-chapter-summary">{chapter.summary}</p>
      <p className="course-chapter-meta">
        <span>{course.readingMinutes(chapter.readingMinutes)}</span>
        <span>{total > 0 ? course.exerciseMinutes(chapter.exerciseMinutes) : course.noExercises}</span>
        {total > 0 && (
          <span className="course-chapter-done" data-testid={`chapter-${chapter.chapter}-done`}>
            {course.chapterDone(chapter.passed, total)}
          </span>
        )}
      </p>
      {total > 0 && (
        <>
          <progress className="course-chapter-bar" max={total} value={chapter.passed} aria-label={course.chapterProgressLabel(chapter.chapter)} />
          <ul className="course-exercises" aria-label={course.exercisesOf(chapter.chapter)}>
            {chapter.exercises.map((e) => (
              <li key={e.id} data-status={e.status}>
                <span className="course-status-dot" aria-hidden="true" />
                <Link href={`/exercises/${e.id}`}>{e.title}</Link>
                <span className="course-exercise-meta">
                  {course.minutes(e.minutes)} · <span data-testid={`status-${e.id}`}>{course.status[e.status]}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
