import { useEffect } from 'react';
import { Link } from 'wouter';
import { chapters } from '../content/catalog';
import { labsByChapter } from './labs';

const KIND_LABEL = { console: 'Console', lab: 'Lab', tool: 'Tool' } as const;

/** The index of consoles, labs and tools, by the chapter that teaches each pattern. */
export default function LabsPage() {
  useEffect(() => {
    document.title = 'Labs and tools — API Design Workbench';
  }, []);
  const chapterTitle = (n: number) => chapters.find((c) => c.frontmatter.chapter === n);
  return (
    <div className="page labs-page">
      <h1>Labs and tools</h1>
      <p className="page-intro">Everything here talks to the sandbox running in this tab. Nothing leaves your machine.</p>
      {labsByChapter().map(([chapter, entries]) => {
        const source = chapterTitle(chapter);
        return (
          <section key={chapter} aria-labelledby={`labs-chapter-${chapter}`}>
            <h2 id={`labs-chapter-${chapter}`}>
              {source ? <Link href={`/chapters/${source.slug}`}>{`${chapter}. ${source.frontmatter.title}`}</Link> : `Chapter ${chapter}`}
            </h2>
            <ul className="toc">
              {entries.map((entry) => (
                <li key={entry.path} className="toc-item">
                  <h3>
                    <Link href={entry.path}>{entry.title}</Link> <span className="lab-kind">{KIND_LABEL[entry.kind]}</span>
                  </h3>
                  <p>{entry.description}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
