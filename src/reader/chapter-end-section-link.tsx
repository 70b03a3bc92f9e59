import { useEffect } from 'react';
import { Link } from 'wouter';
import { course } from '@messages/course';
import { savePlace } from '../app/continue-store';

/**
 * The exercise's way back to the chapter section it practises (its frontmatter `section`).
 * Mounted on the exercise page, it also remembers the exercise for "continue where you left off".
 */
export function SectionBackLink({ exerciseId, chapterSlug, section }: { exerciseId: string; chapterSlug: string; section: string }) {
  useEffect(() => {
    savePlace({ kind: 'exercise', id: exerciseId, at: new Date().toISOString() });
  }, [exerciseId]);
  return (
    <Link href={`/chapters/${chapterSlug}#${section}`} className="section-back-link" data-testid="section-back-link">
      {course.practisesSection}
    </Link>
  );
}
