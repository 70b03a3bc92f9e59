import { useState } from 'react';
import type { Transport } from '@connectrpc/connect';
import { create } from '@bufbuild/protobuf';
import { ListUsersRequestSchema, UserService } from '../../sandbox/grpc/gen/user/v1/user_pb';
import { grpcConsole } from '@messages/grpc-console';
import { richText } from '../messages/rich-text';
import { MAX_MESSAGES, measure, ratio, sampleUsers, type Measurement } from './proto-vs-json-bench';

const m = grpcConsole.bench;
const formatMs = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);

/**
 * "JSON vs protobuf": fetches the real users once over gRPC, builds N messages from
 * them, and times encoding and decoding both ways in this browser. The figures change
 * from run to run and machine to machine; the sizes do not.
 */
export function ProtoVsJson({ transport }: { transport: Transport }) {
  const [count, setCount] = useState(10_000);
  const [result, setResult] = useState<Measurement | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function run() {
    setBusy(true);
    setProblem(null);
    try {
      if (!Number.isInteger(count) || count < 1 || count > MAX_MESSAGES) throw new Error(m.badCount(MAX_MESSAGES));
      const listUsers = UserService.method.listUsers;
      const page = await transport.unary(listUsers, undefined, undefined, undefined, create(ListUsersRequestSchema, { pageSize: 100 }));
      const users = page.message.users;
      // Yield to the browser once so "Measuring…" paints before the synchronous work starts.
      await new Promise((resolve) => setTimeout(resolve, 0));
      setResult(measure(sampleUsers(users, count)));
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="grpc-panel" aria-labelledby="pvj-title" id="json-vs-protobuf">
      <h2 id="pvj-title">{m.title}</h2>
      <p className="grpc-note">
        {richText(m.text, {
          type: <code>{'user.v1.User'}</code>,
          toJson: <code>{'JSON.stringify(toJson(…))'}</code>,
          toBinary: <code>{'toBinary(…)'}</code>,
        })}
      </p>
      <div className="grpc-row">
        <label htmlFor="pvj-count">{m.messages}</label>
        <input id="pvj-count" type="number" min={1} max={MAX_MESSAGES} step={1000} value={count} onChange={(e) => setCount(e.target.valueAsNumber)} />
        <button type="button" onClick={() => void run()} disabled={busy}>
          {busy ? m.measuring : m.measure}
        </button>
      </div>
      {problem && <p role="alert" className="grpc-error">{problem}</p>}
      {result && (
        <div className="grpc-table" data-testid="proto-vs-json">
          <table>
            <caption>
              {m.caption(result.count.toLocaleString('en'), result.roundTrips)}
            </caption>
            <thead>
              <tr>
                <th scope="col"></th>
                <th scope="col">{m.columns.json}</th>
                <th scope="col">{m.columns.protobuf}</th>
                <th scope="col">{m.columns.ratio}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{m.rows.bytes}</th>
                <td>{result.json.bytes.toLocaleString('en')}</td>
                <td>{result.proto.bytes.toLocaleString('en')}</td>
                <td>{ratio(result.proto.bytes, result.json.bytes)}</td>
              </tr>
              <tr>
                <th scope="row">{m.rows.encode}</th>
                <td>{formatMs(result.json.encodeMs)}</td>
                <td>{formatMs(result.proto.encodeMs)}</td>
                <td>{ratio(result.proto.encodeMs, result.json.encodeMs)}</td>
              </tr>
              <tr>
                <th scope="row">{m.rows.decode}</th>
                <td>{formatMs(result.json.decodeMs)}</td>
                <td>{formatMs(result.proto.decodeMs)}</td>
                <td>{ratio(result.proto.decodeMs, result.json.decodeMs)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
