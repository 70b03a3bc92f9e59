import { Link } from 'wouter';

export function NotFoundPage() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link href="/">Go to the chapters</Link>.
      </p>
    </div>
  );
}
