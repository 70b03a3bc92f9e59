import type { CallResult, ReceivedMessage } from './grpc-console-call';
import type { ConsoleMethod } from './grpc-console-methods';
import { binaryShare, sumSizes, type MessageSizes } from './grpc-console-sizes';

interface Props {
  method: ConsoleMethod;
  requestSizes: MessageSizes | null;
  messages: ReceivedMessage[];
  result: CallResult | null;
  busy: boolean;
}

/** The answer to the last call: status, each message as JSON, and every size in both encodings. */
export function GrpcResponseView({ method, requestSizes, messages, result, busy }: Props) {
  if (!requestSizes) return null;
  const responseSizes = sumSizes(messages.map((m) => m.sizes));
  const outputType = method.descriptor.output.typeName;
  return (
    <section className="grpc-panel" aria-labelledby="grpc-response-title">
      <h2 id="grpc-response-title">Response</h2>
      <p role="status" className="grpc-status" data-testid="grpc-status">
        {result === null ? (busy ? 'Waiting…' : '') : <StatusLine result={result} count={messages.length} streaming={method.streaming} />}
      </p>
      {result && !result.ok && result.failure.violations.length > 0 && (
        <div className="grpc-violations">
          <p>
            <code>google.rpc.BadRequest</code> detail — every wrong field:
          </p>
          <ul>
            {result.failure.violations.map((v) => (
              <li key={v.field + v.description}>
                <code>{v.field}</code>: {v.description}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="grpc-table" data-testid="message-sizes">
        <table>
          <caption>The same messages in both encodings (bytes, without envelope or headers)</caption>
          <thead>
            <tr>
              <th scope="col">Message</th>
              <th scope="col">Binary</th>
              <th scope="col">JSON</th>
              <th scope="col"></th>
            </tr>
          </thead>
          <tbody>
            <SizeRow label={`Request ${method.descriptor.input.typeName}`} sizes={requestSizes} />
            {messages.length > 0 && (
              <SizeRow label={messages.length === 1 ? `Response ${outputType}` : `Response: ${messages.length} × ${outputType}`} sizes={responseSizes} />
            )}
          </tbody>
        </table>
      </div>
      {messages.length > 0 && (
        <ol className="grpc-messages" data-testid="grpc-messages" aria-label="Response messages in the order they arrived">
          {messages.map((message, i) => (
            <li key={i}>
              <div className="grpc-message-meta">
                {method.streaming ? `Message ${i + 1}` : 'Message'} · after {message.at} ms · {message.sizes.binary} B binary / {message.sizes.json} B JSON
              </div>
              <pre>{JSON.stringify(message.json, null, 2)}</pre>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function StatusLine({ result, count, streaming }: { result: CallResult; count: number; streaming: boolean }) {
  if (result.ok) {
    return (
      <>
        <span className="status-ok">OK</span> in {result.ms} ms{streaming ? ` · ${count} messages, then the stream ended` : ''}
      </>
    );
  }
  const { code, message } = result.failure;
  return (
    <>
      <span className="status-fail">{code}</span> after {result.ms} ms{streaming && count > 0 ? ` and ${count} messages` : ''}: {message}
    </>
  );
}

function SizeRow({ label, sizes }: { label: string; sizes: MessageSizes }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{sizes.binary}</td>
      <td>{sizes.json}</td>
      <td>{binaryShare(sizes)}</td>
    </tr>
  );
}
