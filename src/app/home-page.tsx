import { useEffect, useMemo } from 'react';
import { Link } from 'wouter';
import { home } from '@messages/home';
import { chapters, exercisesOfChapter } from '../content/catalog';
import { savedStatus } from '../progress/saved-status';
import { ContinueCard, describePlace } from './continue-card';
import { readPlace } from './continue-store';
import { CourseMap } from './course-map';
import { buildCourseMap } from './course-map-model';

/** The home page: what this is and who it is for, where to start or continue, and the course map. */
export function HomePage() {
  useEffect(() => {
    document.title = home.documentTitle;
  }, []);
  // Read once per visit: the home page remounts whenever the learner comes back to it.
  const map = useMemo(() => buildCourseMap(chapters, exercisesOfChapter, (id) => savedStatus(id)), []);
  // A place whose chapter or exercise is gone (a course build without it) is not offered.
  const place = useMemo(() => {
    const saved = readPlace();
    return saved && describePlace(saved) ? saved : null;
  }, []);
  const first = chapters[0];
  return (
    <div className="page home-page">
      <section className="home-hero">
        <p className="home-kicker">{home.kicker}</p>
        <h1>{home.title}</h1>
        <p>{home.intro}</p>
        <p>{home.audience}</p>
        {!place && first && (
          <div className="home-actions">
            <Link href={`/chapters/${first.slug}`} className="button-link primary" data-testid="start-link">
              {home.startChapter} →
            </Link>
            <Link href="/labs" className="button-link">
              {home.browseLabs}
            </Link>
            <p className="home-start-detail">{home.startDetail(first.frontmatter.title, first.frontmatter.minutes)}</p>
          </div>
        )}
      </section>
      {place && <ContinueCard place={place} />}
      <CourseMap map={map} />
    </div>
  );
}
