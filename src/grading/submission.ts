/**
 * What a grader receives for each kind of exercise: the learner's text, already
 * read into the form its checks need.
 */
import type { ExerciseKind } from '../content/schema';
import type { JsonSubmission } from './parse/json';
import type { OpenApiSubmission } from './parse/openapi';
import type { TypeScriptSubmission } from './parse/typescript';

export type { JsonSubmission, OpenApiSubmission, TypeScriptSubmission };
export type { OpenApiDocument } from './parse/openapi-types';

export interface SubmissionByKind {
  openapi: OpenApiSubmission;
  typescript: TypeScriptSubmission;
  json: JsonSubmission;
}

export type Submission<K extends ExerciseKind = ExerciseKind> = SubmissionByKind[K];
