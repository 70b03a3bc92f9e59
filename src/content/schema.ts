/**
 * Schemas for everything people write by hand in content/ and exercises/.
 * Checked when the app builds (the content Vite plugin) and by the exercise meta-tests.
 */
import { z } from 'zod';

export const exerciseKinds = ['openapi', 'typescript', 'json', 'graphql', 'proto'] as const;
export type ExerciseKind = (typeof exerciseKinds)[number];

export const chapterFrontmatterSchema = z.object({
  chapter: z.number().int().min(1).max(12).describe('Chapter number, 1 to 12; also its place in the table of contents.'),
  title: z.string().min(3).describe('Chapter title as shown in the table of contents.'),
  summary: z.string().min(10).describe('One or two sentences shown under the title in the table of contents.'),
  minutes: z.number().int().positive().describe('Estimated reading time in minutes.'),
  exercises: z.array(z.string()).default([]).describe('Exercise ids practised in this chapter, in order.'),
});
export type ChapterFrontmatter = z.infer<typeof chapterFrontmatterSchema>;

export const exerciseFrontmatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use kebab-case, e.g. "api-audit"').describe('Matches the folder name.'),
  title: z.string().min(3).describe('Shown as the exercise heading.'),
  chapter: z.number().int().min(1).max(12).describe('Chapter this exercise belongs to.'),
  section: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use the heading\'s anchor slug, e.g. "auditing-a-badly-designed-api"')
    .describe('Anchor slug of the heading in its chapter that this exercise practises; the exercise links back to it.'),
  kind: z.enum(exerciseKinds).describe('How a submission is read before the grader sees it.'),
  minutes: z.number().int().positive().describe('Estimated time to solve.'),
  difficulty: z.enum(['beginner', 'intermediate', 'advanced']).describe('Rough difficulty.'),
});
export type ExerciseFrontmatter = z.infer<typeof exerciseFrontmatterSchema>;

/** File extension of starter/solution/wrong files for each kind. */
export const kindExtension: Record<ExerciseKind, string> = {
  openapi: 'yaml',
  typescript: 'ts',
  json: 'json',
  graphql: 'graphql',
  proto: 'proto',
};
