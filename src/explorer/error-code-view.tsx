import { Link } from 'wouter';
import { TryIt } from '../reader/try-it';
import { statusLine } from '../reader/try-it-request';
import { exampleResponses, GROUP_INFO, typicalRequest, type CatalogueEntry, type ExampleResponse } from './error-catalogue-data';
import { reproducer } from './error-catalogue-try-its';
import { errorCatalogue } from '@messages/error-catalogue';
import { richText } from '../messages/rich-text';

const m = errorCatalogue.code;
const accept = 'Accept: application/problem+json';

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
        <span>{richText(m.type, { type: <code>{entry.type}</code> })}</span>
        <span>{richText(m.group, { group: <Link href={`/errors#group-${entry.group}`}>{GROUP_INFO[entry.group].title}</Link> })}</span>
      </p>
      <p className="error-title">{entry.title}</p>
      <h2>{m.whatHappened}</h2>
      <p>{entry.description}</p>
      <h2>{m.howToFix}</h2>
      <p>{entry.fix}</p>

      <h2>{m.example}</h2>
      <p>
        {request ? (
          <>
            {richText(m.typicalRequest, { request: <code>{`${request.method} ${request.path}`}</code> })}{' '}
          </>
        ) : null}
        {richText(m.bothBodies, { accept: <code>{accept}</code> })}
      </p>
      <div className="error-examples">
        <ExampleBlock caption={m.envelopeCaption} response={envelope} />
        <ExampleBlock caption={m.problemCaption} response={problem} />
      </div>

      {live && (
        <>
          <h2>{m.seeItLive}</h2>
          <p>
            {richText(m.liveText, { code: <code>{entry.code}</code>, accept: <code>{accept}</code> })}
          </p>
          <TryIt request={live} />
        </>
      )}
      <p>
        {richText(m.chapter, { chapter: <Link href="/chapters/errors">{m.chapterLink}</Link> })}
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
