/**
 * Reads the sandbox's gRPC call log (GET /api/v1/sandbox/grpc-calls), which the
 * logging interceptor fills on the server side: what the server saw of each call.
 */
import { askSandbox, sandboxData } from './sandbox-json';
import { grpcConsole } from '@messages/grpc-console';

/** One call as the sandbox's logging interceptor recorded it. */
export interface GrpcCallEntry {
  id: string;
  time: string;
  procedure: string;
  protocol: string;
  codec: string;
  code: string;
  message?: string;
  duration_ms: number;
  request_bytes: number;
  response_bytes: number;
  response_messages: number;
}

export const CALL_LOG_PATH = '/api/v1/sandbox/grpc-calls';

/** The most recent calls, newest first. */
export async function readCallLog(): Promise<GrpcCallEntry[]> {
  const data = await sandboxData(CALL_LOG_PATH);
  if (!Array.isArray(data)) throw new Error(grpcConsole.log.notAList(CALL_LOG_PATH));
  return data as GrpcCallEntry[];
}

/** Empties the log. */
export async function clearCallLog(): Promise<void> {
  const answer = await askSandbox(CALL_LOG_PATH, { method: 'DELETE' });
  if (answer.status !== 204) throw new Error(grpcConsole.log.clearFailed(CALL_LOG_PATH, answer.status));
}

/** `/user.v1.UserService/GetUser` → `GetUser`: the service is the same on every row. */
export function shortProcedure(procedure: string): string {
  return procedure.slice(procedure.lastIndexOf('/') + 1);
}
