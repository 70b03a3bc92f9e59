/**
 * Reads an exercise's exercise.md: validated frontmatter and the task body. Shared by
 * the browser worker (which only needs the kind) and the Node tools.
 */
import { parseFrontmatter } from '../content/frontmatter';
import { exerciseFrontmatterSchema, type ExerciseFrontmatter } from '../content/schema';

export interface ExerciseMarkdown {
  frontmatter: ExerciseFrontmatter;
  /** The task and hints, as Markdown. */
  body: string;
}

/** Parses exercise.md; throws a message naming `file` and the field when the frontmatter is invalid. */
export function readExerciseMarkdown(source: string, file: string): ExerciseMarkdown {
  const { data, body } = parseFrontmatter(source, file, exerciseFrontmatterSchema);
  return { frontmatter: data, body };
}
