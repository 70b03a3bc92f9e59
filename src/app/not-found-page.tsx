import { Link } from 'wouter';
import { shell } from '@messages/shell';
import { richText } from '../messages/rich-text';

/** What any address without a page shows, with the way back to the chapters. */
export function NotFoundPage() {
  return (
    <div className="page">
      <h1>{shell.notFound.title}</h1>
      <p>{richText(shell.notFound.body, { home: <Link href="/">{shell.notFound.home}</Link> })}</p>
    </div>
  );
}
