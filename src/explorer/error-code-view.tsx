import { Link } from 'wouter';
import { TryIt } from '../reader/try-it';
import { statusLine } from '../reader/try-it-request';
import { exampleResponses, GROUP_INFO, typicalRequest, type CatalogueEntry, type ExampleResponse } from './error-catalogue-data';
import { reproducer } from './error-catalogue-try-its';

/** One error code: what it means, how to fix it, the same example in both representations, and a live request when one reproduces it. */
export function ErrorCodeView({ entry }: { entry: CatalogueEntry }) {
  const { envelope, problem } = exampleResponses(entry);
  const request = typicalRequest(entry.code);
  const live = reproducer(entry.code);
  return (
    <article className="error-code-page" aria-labelledby="error-code-title">
      <h1 id="error-code-title">
        <code>{entry.code}</code>
      </h1>
      <p className="error-code-facts">
        <span className="error-status" data-class={Math.floor(entry.status / 100)}>
          {statusLine(entry.status).replace(/^HTTP /, '')}
        </span>
        <span>
          type <code>{entry.type}</code>
        </span>
        <span>
          group <Link href={`/errors#group-${entry.group}`}>{GROUP_INFO[entry.group].title}</Link>
        </span>
      </p>
      <p className="error-title">{entry.title}</p>
      <h2>What happened</h2>
      <p>{entry.description}</p>
      <h2>How to fix it</h2>
      <p>{entry.fix}</p>

      <h2>Example</h2>
      <p>
        {request ? (
          <>
            A request such as <code>{`${request.method} ${request.path}`}</code> answers like this.{' '}
          </>
        ) : null}
        Both bodies carry the same facts: the JSON envelope is what every client gets; problem details (RFC 9457) are
        what a client gets when it sends <code>Accept: application/problem+json</code>. A real message also names the
        fields and values of your request.
      </p>
      <div className="error-examples">
        <ExampleBlock caption="JSON envelope (the default)" response={envelope} />
        <ExampleBlock caption="Problem details (Accept: application/problem+json)" response={problem} />
      </div>

      {live && (
        <>
          <h2>See it live</h2>
          <p>
            This request produces <code>{entry.code}</code> in the sandbox. Send it, then add the header{' '}
            <code>Accept: application/problem+json</code> and send it again to compare.
          </p>
          <TryIt request={live} />
        </>
      )}
      <p>
        <Link href="/chapters/errors">Chapter 7</Link> explains how this catalogue is designed and when to use each status.
      </p>
    </article>
  );
}

function ExampleBlock({ caption, response }: { caption: string; response: ExampleResponse }) {
  const head = [statusLine(response.status), ...response.headers.map(([name, value]) => `${name}: ${value}`)].join('\n');
  return (
    <figure className="error-example">
      <figcaption>{caption}</figcaption>
      {/* Focusable so a keyboard user can scroll a long example. */}
      <pre tabIndex={0} aria-label={caption}>
        <code>{`${head}\n\n${JSON.stringify(response.body, null, 2)}`}</code>
      </pre>
    </figure>
  );
}
