import { useEffect, useId, useRef } from 'react';
import { reader } from '@messages/reader';
import type { FollowLink } from './follow-links';
import { formatBody, headerValue, statusClass, statusLine, type TryItResponse } from './try-it-request';

const m = reader.tryIt;

/** What the response area shows: a Try-it's response with its links, the problems with a draft, or why sending failed. */
export type Exchange =
  | { status: 'idle' }
  | { status: 'invalid'; problems: string[] }
  | { status: 'sending' }
  | { status: 'done'; response: TryItResponse; links: FollowLink[] }
  | { status: 'failed'; message: string };

interface ExchangeViewProps {
  exchange: Exchange;
  /** Loads a link into the request and sends it. */
  onFollow: (link: FollowLink) => void;
  /** True right after a followed link answered: the status line takes focus so the keyboard stays in this block. */
  focusStatus: boolean;
}

/** The response area of a Try-it block. */
export function ExchangeView({ exchange, onFollow, focusStatus }: ExchangeViewProps) {
  switch (exchange.status) {
    case 'idle':
      return null;
    case 'sending':
      return <p className="muted">{m.sending}</p>;
    case 'invalid':
      return (
        <ul className="try-it-problems">
          {exchange.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      );
    case 'failed':
      return <p className="try-it-failed">{exchange.message}</p>;
    case 'done':
      return <ResponseView response={exchange.response} links={exchange.links} onFollow={onFollow} focusStatus={focusStatus} />;
  }
}

interface ResponseViewProps {
  response: TryItResponse;
  links: FollowLink[];
  onFollow: (link: FollowLink) => void;
  focusStatus: boolean;
}

function ResponseView({ response, links, onFollow, focusStatus }: ResponseViewProps) {
  const body = formatBody(response.body, headerValue(response.headers, 'content-type'));
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The clicked Follow button is gone once the new response renders; without this, focus would fall to <body>.
    if (focusStatus) status.current?.focus();
  }, [focusStatus, response]);
  return (
    <>
      <p className="try-it-status" ref={status} tabIndex={-1}>
        <span className={`status status-${statusClass(response.status)}`}>{statusLine(response.status, response.statusText)}</span>
        <span className="muted"> · {m.milliseconds(response.ms)}</span>
      </p>
      {links.length > 0 && <FollowLinks links={links} onFollow={onFollow} />}
      <p className="try-it-caption">{m.headersCaption}</p>
      <pre className="try-it-headers">{response.headers.map(([name, value]) => `${name}: ${value}`).join('\n')}</pre>
      <p className="try-it-caption">{m.bodyCaption}</p>
      {body === '' ? (
        <p className="muted">{m.noBody}</p>
      ) : (
        // Focusable so a keyboard user can scroll a long body.
        <pre className="try-it-body" tabIndex={0}>
          <code>{body}</code>
        </pre>
      )}
    </>
  );
}

const sourceNames: Record<FollowLink['source'], string> = m.sources;

/** One "Follow <rel>" button per link, each described by the URL it will request. */
function FollowLinks({ links, onFollow }: { links: FollowLink[]; onFollow: (link: FollowLink) => void }) {
  const id = useId();
  return (
    <div className="try-it-links">
      <p className="try-it-caption" id={`${id}-caption`}>
        {m.linksCaption}
      </p>
      <ul aria-labelledby={`${id}-caption`}>
        {links.map((link, i) => (
          <li key={`${link.rel} ${link.url}`}>
            <button type="button" onClick={() => onFollow(link)} aria-describedby={`${id}-${i}`}>
              {m.follow(link.rel)}
            </button>{' '}
            <code id={`${id}-${i}`}>
              {'GET'} {link.url}
              <span className="visually-hidden">{m.linkSource(sourceNames[link.source])}</span>
            </code>
            <span className="muted" aria-hidden="true">
              {' '}
              · {sourceNames[link.source]}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
