/**
 * The shape of courses/<name>.yaml: a named selection of chapters (and optionally of
 * their exercises) that the app can be built or served with alone.
 */
import { z } from 'zod';

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const courseSchema = z.strictObject({
  title: z.string().min(3).describe('The course name, for people reading the file.'),
  description: z.string().min(10).optional().describe('One or two sentences on who the course is for.'),
  chapters: z
    .array(z.int().min(1).max(12))
    .min(1, 'list at least one chapter number, e.g. chapters: [1, 2, 3]')
    .describe('Chapter numbers (1 to 12) in the course.'),
  exercises: z
    .array(z.string().regex(kebab, 'use the exercise id, e.g. "api-audit"'))
    .optional()
    .describe('Exercise ids to include; leave out to include every exercise of the listed chapters.'),
});
export type CourseFile = z.infer<typeof courseSchema>;

/** A course checked against the content on disk: the chapter files and exercise ids it keeps. */
export interface Course {
  name: string;
  title: string;
  chapters: number[];
  /** Chapter file names without .md, e.g. "01-design-principles". */
  chapterFiles: string[];
  exerciseIds: string[];
}
