/**
 * Messages between the page (browser.ts) and the grading worker (worker.ts).
 * The request carries a MessagePort (in the transfer list) and a per-run nonce: the
 * worker replies only through that port, which it takes before learner code runs, and
 * the page accepts only replies on its end of the port that carry the nonce. A message
 * learner code manages to post on the worker's own channel is never read as a result.
 */
import type { GradeResults } from './results';

export interface GradeRequest {
  exerciseId: string;
  text: string;
  /** Random per run; every reply must carry it back. */
  nonce: string;
}

/** `ready` when the grader is loaded (the time limit starts then), then `results`. */
export type GradeReply = { type: 'ready'; nonce: string } | { type: 'results'; nonce: string; results: GradeResults };

/** True when `data` is a reply of this run (right shape, right nonce). */
export function isReplyOf(data: unknown, nonce: string): data is GradeReply {
  if (typeof data !== 'object' || data === null) return false;
  const reply = data as Partial<Record<'type' | 'nonce' | 'results', unknown>>;
  if (reply.nonce !== nonce) return false;
  if (reply.type === 'ready') return true;
  return reply.type === 'results' && typeof reply.results === 'object' && reply.results !== null;
}
