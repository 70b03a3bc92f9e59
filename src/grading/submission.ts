/**
 * What a grader receives for each kind of exercise: the learner's text, already
 * read into the form its checks need.
 */
import type { ExerciseKind } from '../content/schema';
import type { GraphQLSubmission } from './parse/graphql';
import type { JsonSubmission } from './parse/json';
import type { OpenApiSubmission } from './parse/openapi';
import type { ProtoSubmission } from './parse/proto';
import type { TypeScriptSubmission } from './parse/typescript';

export type { GraphQLSubmission, JsonSubmission, OpenApiSubmission, ProtoSubmission, TypeScriptSubmission };
export type { OpenApiDocument } from './parse/openapi-types';

export interface SubmissionByKind {
  openapi: OpenApiSubmission;
  typescript: TypeScriptSubmission;
  json: JsonSubmission;
  graphql: GraphQLSubmission;
  proto: ProtoSubmission;
}

export type Submission<K extends ExerciseKind = ExerciseKind> = SubmissionByKind[K];
