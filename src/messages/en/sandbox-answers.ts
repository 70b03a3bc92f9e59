/** How the labs report a sandbox answer they cannot use (shared by every lab that calls the sandbox). */
export const sandboxAnswers = {
  /** The envelope's own words, then its code and status, so the learner sees what the API said. */
  apiError: (message: string, code: string, status: number) => `${message} (${code}, HTTP ${status})`,
  answered: (method: string, path: string, status: number) => `${method} ${path} answered HTTP ${status}.`,
};
