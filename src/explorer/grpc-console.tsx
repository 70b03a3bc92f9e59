import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { sandboxReady } from '../app/sandbox-ready';
import { createConsoleTransport, sendCall, type CallResult, type ReceivedMessage, type WireCodec, type WireProtocol } from './grpc-console-call';
import { consoleMethod, consoleMethods } from './grpc-console-methods';
import { GrpcCallLogView } from './grpc-console-log-view';
import { GrpcResponseView } from './grpc-console-response';
import { messageSizes, parseRequest, type MessageSizes } from './grpc-console-sizes';
import { ProtoVsJson } from './proto-vs-json';
import { grpcConsole as m } from '@messages/grpc-console';
import { richText } from '../messages/rich-text';
import './grpc-console.css';

/**
 * `/consoles/grpc`: call user.v1.UserService from the browser with connect-es, over
 * Connect or gRPC-Web, binary or JSON; see each message's size in both encodings, a
 * server stream arrive one message at a time, and the sandbox's call log.
 */
export default function GrpcConsole() {
  const [methodName, setMethodName] = useState(consoleMethods[0]!.name);
  const [requestText, setRequestText] = useState(consoleMethods[0]!.example);
  const [protocol, setProtocol] = useState<WireProtocol>('connect');
  const [codec, setCodec] = useState<WireCodec>('proto');
  const [withToken, setWithToken] = useState(false);
  const [requestSizes, setRequestSizes] = useState<MessageSizes | null>(null);
  const [messages, setMessages] = useState<ReceivedMessage[]>([]);
  const [result, setResult] = useState<CallResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [logVersion, setLogVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const running = useRef<AbortController | null>(null);
  const method = consoleMethod(methodName);
  const transport = useMemo(() => createConsoleTransport(protocol, codec, location.origin), [protocol, codec]);

  useEffect(() => {
    document.title = m.documentTitle;
    return () => running.current?.abort();
  }, []);

  function pickMethod(name: string) {
    const next = consoleMethod(name);
    setMethodName(name);
    setRequestText(next.example);
    setWithToken(next.needsToken);
    setRequestSizes(null);
    setMessages([]);
    setResult(null);
    setProblem(null);
  }

  async function send() {
    const parsed = parseRequest(method.descriptor.input, requestText);
    if (!parsed.ok) {
      setProblem(parsed.error);
      return;
    }
    setProblem(null);
    setRequestSizes(messageSizes(method.descriptor.input, parsed.message));
    setMessages([]);
    setResult(null);
    const controller = new AbortController();
    running.current = controller;
    setBusy(true);
    try {
      await sandboxReady();
    } catch (error) {
      setProblem(m.request.sandboxDown((error as Error).message));
      setBusy(false);
      return;
    }
    const outcome = await sendCall({
      transport,
      method,
      request: parsed.message,
      withToken,
      signal: controller.signal,
      onMessage: (message) => setMessages((current) => [...current, message]),
    });
    if (running.current === controller) running.current = null;
    setResult(outcome);
    setBusy(false);
    setLogVersion((v) => v + 1);
  }

  return (
    <div className="page grpc-console">
      <h1>{m.title}</h1>
      <p className="grpc-intro">
        {richText(m.intro, { service: <code>{'user.v1.UserService'}</code>, chapter: <Link href="/chapters/grpc">{m.chapterLink}</Link> })}
      </p>

      <section className="grpc-panel" aria-labelledby="grpc-request-title">
        <h2 id="grpc-request-title">{m.request.title}</h2>
        <div className="grpc-controls">
          <label>
            {m.request.method}
            <select value={methodName} onChange={(e) => pickMethod(e.target.value)}>
              {consoleMethods.map((each) => (
                <option key={each.name} value={each.name}>
                  {each.name}
                  {each.streaming ? m.request.serverStream : ''}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>{m.request.protocol}</legend>
            <Choice name="protocol" value="connect" current={protocol} onPick={setProtocol} label={m.request.protocols.connect} />
            <Choice name="protocol" value="grpc-web" current={protocol} onPick={setProtocol} label={m.request.protocols.grpcWeb} />
          </fieldset>
          <fieldset>
            <legend>{m.request.encoding}</legend>
            <Choice name="codec" value="proto" current={codec} onPick={setCodec} label={m.request.encodings.binary} />
            <Choice name="codec" value="json" current={codec} onPick={setCodec} label={m.request.encodings.json} />
          </fieldset>
          <label className="grpc-check">
            <input type="checkbox" checked={withToken} onChange={(e) => setWithToken(e.target.checked)} />
            {richText(m.request.sendToken, {
              header: <code>{'authorization: Bearer demo-token'}</code>,
              why: method.needsToken ? m.request.tokenNeeded : m.request.tokenNotNeeded,
            })}
          </label>
        </div>
        <label htmlFor="grpc-request" className="grpc-label">
          {richText(m.request.message, { type: <code>{method.descriptor.input.typeName}</code> })}
        </label>
        <textarea id="grpc-request" rows={6} spellCheck={false} value={requestText} onChange={(e) => setRequestText(e.target.value)} />
        <div className="grpc-row">
          <button type="button" className="primary" onClick={() => void send()} disabled={busy}>
            {busy ? m.request.sending : method.streaming ? m.request.startStream : m.request.send}
          </button>
          {method.streaming && (
            <button type="button" onClick={() => running.current?.abort()} disabled={!busy}>
              {m.request.stopStream}
            </button>
          )}
          <span className="grpc-note">
            <code>{`POST /api/grpc${method.procedure}`}</code>
          </span>
        </div>
        {problem && <p role="alert" className="grpc-error">{problem}</p>}
      </section>

      <GrpcResponseView method={method} requestSizes={requestSizes} messages={messages} result={result} busy={busy} />
      <GrpcCallLogView version={logVersion} />
      <ProtoVsJson transport={transport} />
    </div>
  );
}

function Choice<T extends string>({ name, value, current, onPick, label }: { name: string; value: T; current: T; onPick: (value: T) => void; label: string }) {
  return (
    <label className="grpc-choice">
      <input type="radio" name={name} value={value} checked={current === value} onChange={() => onPick(value)} />
      {label}
    </label>
  );
}
