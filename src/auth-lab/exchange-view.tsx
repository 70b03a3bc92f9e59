import { oauthLab } from '@messages/oauth-lab';
import { formatRequest, formatResponse, type Exchange } from './http-exchange';

/** One request and its response, side by side, exactly as sent and answered. */
export function ExchangeView({ exchange, label, testId }: { exchange: Exchange; label: string; testId: string }) {
  const status = exchange.response.redirectedTo ? 302 : exchange.response.status;
  const tone = status < 400 ? 'ok' : status < 500 ? 'warn' : 'fail';
  return (
    <div className="al-exchange" role="group" aria-label={label}>
      <figure>
        <figcaption>{oauthLab.exchange.request}</figcaption>
        <pre tabIndex={0}>{formatRequest(exchange.request)}</pre>
      </figure>
      <figure>
        <figcaption>
          {oauthLab.exchange.response} <span className={`al-status al-status-${tone}`}>{status}</span>
        </figcaption>
        <pre tabIndex={0} data-testid={testId}>
          {formatResponse(exchange.response)}
        </pre>
      </figure>
    </div>
  );
}
