/** Messages between the page (browser.ts) and the grading worker (worker.ts). */
import type { GradeResults } from './results';

export interface GradeRequest {
  exerciseId: string;
  text: string;
}

/** `ready` when the grader is loaded (the time limit starts then), then `results`. */
export type GradeReply = { type: 'ready' } | { type: 'results'; results: GradeResults };
