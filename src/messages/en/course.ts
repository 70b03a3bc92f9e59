/** The course map on the home page, chapter ends and the exercise back-link. */
export const course = {
  mapTitle: 'Course map',
  mapIntro: (chapters: number, exercises: number, hours: string) =>
    `${chapters} chapters and ${exercises} exercises, about ${hours} in all. Your progress is saved in this browser.`,
  hours: (minutes: number) => {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
  },
  overall: (done: number, total: number) => `${done} of ${total} exercises passed`,
  overallLabel: 'Course progress',
  /** Read before the title by screen readers (the number badge is decorative): "1. Design principles…". */
  chapterNumber: (chapter: number) => `${chapter}.`,
  chapterProgressLabel: (chapter: number) => `Progress in chapter ${chapter}`,
  chapterDone: (done: number, total: number) => `${done}/${total} done`,
  readingMinutes: (minutes: number) => `${minutes} min read`,
  exerciseMinutes: (minutes: number) => `${minutes} min of exercises`,
  noExercises: 'Reading only',
  exercisesOf: (chapter: number) => `Exercises of chapter ${chapter}`,
  minutes: (minutes: number) => `${minutes} min`,
  status: { not_started: 'Not started', in_progress: 'In progress', passed: 'Passed' },
  // Chapter end
  practiseTitle: 'Exercises',
  practiseIntro: 'Put the chapter to work. Each exercise is checked in seconds, right here in the browser.',
  sandboxTitle: 'In the sandbox',
  sandboxIntro: 'The pages of the sandbox this chapter uses, to try its patterns yourself.',
  kind: { console: 'Console', lab: 'Lab', tool: 'Tool' },
  chapterNav: 'Chapters',
  previous: 'Previous chapter',
  next: 'Next chapter',
  backHome: 'Course map',
  // Exercise back-link
  practisesSection: 'Read the section this exercise practises',
};
