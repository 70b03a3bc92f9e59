/**
 * The one error type of the content pipeline. Its message always starts with the file
 * (and the line when known) so a failing build points straight at what to edit.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    detail: string,
  ) {
    super(`${line === null ? file : `${file}:${line}`}: ${detail}`);
    this.name = 'ContentError';
  }
}
