import { grpcConsole } from '@messages/grpc-console';
import { richText } from '../messages/rich-text';
import type { CallResult, ReceivedMessage } from './grpc-console-call';
import type { ConsoleMethod } from './grpc-console-methods';
import { binaryShare, sumSizes, type MessageSizes } from './grpc-console-sizes';

const t = grpcConsole.response;

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
      <h2 id="grpc-response-title">{t.title}</h2>
      <p role="status" className="grpc-status" data-testid="grpc-status">
        {result === null ? (busy ? t.waiting : '') : <StatusLine result={result} count={messages.length} streaming={method.streaming} />}
      </p>
      {result && !result.ok && result.failure.violations.length > 0 && (
        <div className="grpc-violations">
          <p>
            {richText(t.violations, { detail: <code>{'google.rpc.BadRequest'}</code> })}
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
          <caption>{t.sizesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.message}</th>
              <th scope="col">{t.columns.binary}</th>
              <th scope="col">{t.columns.json}</th>
              <th scope="col"></th>
            </tr>
          </thead>
          <tbody>
            <SizeRow label={t.requestRow(method.descriptor.input.typeName)} sizes={requestSizes} />
            {messages.length > 0 && (
              <SizeRow label={t.responseRow(messages.length, outputType)} sizes={responseSizes} />
            )}
          </tbody>
        </table>
      </div>
      {messages.length > 0 && (
        <ol className="grpc-messages" data-testid="grpc-messages" aria-label={t.messagesLabel}>
          {messages.map((message, i) => (
            <li key={i}>
              <div className="grpc-message-meta">
                {t.messageMeta(method.streaming ? i + 1 : null, message.at, message.sizes.binary, message.sizes.json)}
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
      <>{richText(t.ok(result.ms, streaming ? count : null), { code: <span className="status-ok">{t.okCode}</span> })}</>
    );
  }
  const { code, message } = result.failure;
  return (
    <>{richText(t.failed(result.ms, streaming ? count : null), { code: <span className="status-fail">{code}</span>, message })}</>
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
