import { useState } from 'react';
import type { Transport } from '@connectrpc/connect';
import { create } from '@bufbuild/protobuf';
import { ListUsersRequestSchema, UserService } from '../../sandbox/grpc/gen/user/v1/user_pb';
import { MAX_MESSAGES, measure, ratio, sampleUsers, type Measurement } from './proto-vs-json-bench';

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
      if (!Number.isInteger(count) || count < 1 || count > MAX_MESSAGES) throw new Error(`Choose a whole number of messages from 1 to ${MAX_MESSAGES}.`);
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
      <h2 id="pvj-title">JSON vs protobuf, measured here</h2>
      <p className="grpc-note">
        The same <code>user.v1.User</code> messages — the sandbox's users, copied with new ids and emails — encoded with{' '}
        <code>JSON.stringify(toJson(…))</code> and with <code>toBinary(…)</code>, then decoded back, and timed in this tab.
      </p>
      <div className="grpc-row">
        <label htmlFor="pvj-count">Messages</label>
        <input id="pvj-count" type="number" min={1} max={MAX_MESSAGES} step={1000} value={count} onChange={(e) => setCount(e.target.valueAsNumber)} />
        <button type="button" onClick={() => void run()} disabled={busy}>
          {busy ? 'Measuring…' : 'Measure'}
        </button>
      </div>
      {problem && <p role="alert" className="grpc-error">{problem}</p>}
      {result && (
        <div className="grpc-table" data-testid="proto-vs-json">
          <table>
            <caption>
              {result.count.toLocaleString('en')} messages; {result.roundTrips ? 'every message decoded equal to the original both ways' : 'some messages did NOT decode equal to the original'}
            </caption>
            <thead>
              <tr>
                <th scope="col"></th>
                <th scope="col">JSON</th>
                <th scope="col">protobuf</th>
                <th scope="col">protobuf ÷ JSON</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Bytes</th>
                <td>{result.json.bytes.toLocaleString('en')}</td>
                <td>{result.proto.bytes.toLocaleString('en')}</td>
                <td>{ratio(result.proto.bytes, result.json.bytes)}</td>
              </tr>
              <tr>
                <th scope="row">Encode (ms)</th>
                <td>{formatMs(result.json.encodeMs)}</td>
                <td>{formatMs(result.proto.encodeMs)}</td>
                <td>{ratio(result.proto.encodeMs, result.json.encodeMs)}</td>
              </tr>
              <tr>
                <th scope="row">Decode (ms)</th>
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
