/*
 * Repositories, issues and pull requests for the chapter's GitHub comparison: REST v3
 * needs one request per list (GET /user, /user/repos, then issues and pulls per
 * repository); GraphQL v4 asks for all of it in one query from `viewer`.
 * Read-only seed data owned by the sandbox's users (usr_1..usr_3). Issue and pull
 * request numbers share one counter per repository, as they do on GitHub.
 */

export interface RepositoryRecord {
  id: string;
  owner_id: string;
  name: string;
  description: string;
  created_at: string;
}

export type IssueState = 'open' | 'closed';
export type PullRequestState = 'open' | 'closed' | 'merged';

export interface IssueRecord {
  id: string;
  repository_id: string;
  number: number;
  title: string;
  state: IssueState;
  author_id: string;
  created_at: string;
}

export interface PullRequestRecord {
  id: string;
  repository_id: string;
  number: number;
  title: string;
  state: PullRequestState;
  author_id: string;
  created_at: string;
}

export interface GithubData {
  repositories: readonly RepositoryRecord[];
  issues: readonly IssueRecord[];
  pullRequests: readonly PullRequestRecord[];
}

const repositories: RepositoryRecord[] = [
  { id: 'rep_1', owner_id: 'usr_1', name: 'analytical-engine', description: 'Notes and programs for a general-purpose mechanical computer.', created_at: '2026-01-08T10:00:00.000Z' },
  { id: 'rep_2', owner_id: 'usr_1', name: 'bernoulli-numbers', description: 'The first published algorithm, step by step.', created_at: '2026-01-09T10:00:00.000Z' },
  { id: 'rep_3', owner_id: 'usr_1', name: 'loom-patterns', description: 'Punched-card patterns borrowed from the Jacquard loom.', created_at: '2026-01-10T10:00:00.000Z' },
  { id: 'rep_4', owner_id: 'usr_2', name: 'flow-matic', description: 'A compiler that reads English-like statements.', created_at: '2026-01-08T12:00:00.000Z' },
  { id: 'rep_5', owner_id: 'usr_2', name: 'bug-log', description: 'The log book, moth included.', created_at: '2026-01-09T12:00:00.000Z' },
  { id: 'rep_6', owner_id: 'usr_3', name: 'bombe', description: 'Electromechanical search for daily key settings.', created_at: '2026-01-08T14:00:00.000Z' },
];

// [repository, number, title, state, author, day of January 2026]
type Row<S> = [string, number, string, S, string, number];

const issueRows: Row<IssueState>[] = [
  ['rep_1', 1, 'Store can hold only 1000 numbers', 'open', 'usr_2', 15],
  ['rep_1', 2, 'Mill stalls on division by zero', 'closed', 'usr_3', 16],
  ['rep_1', 4, 'Document the card reader format', 'open', 'usr_1', 18],
  ['rep_2', 1, 'Sign error in step 8', 'closed', 'usr_3', 15],
  ['rep_2', 3, 'Add a table of the first ten numbers', 'open', 'usr_2', 17],
  ['rep_3', 1, 'Pattern cards wear out too fast', 'open', 'usr_1', 19],
  ['rep_4', 1, 'Support arithmetic on dates', 'open', 'usr_1', 16],
  ['rep_4', 2, 'Error messages name the wrong line', 'closed', 'usr_3', 17],
  ['rep_5', 1, 'Relay 70 in panel F is stuck', 'closed', 'usr_2', 15],
  ['rep_6', 1, 'Menu takes too long to wire by hand', 'open', 'usr_2', 18],
];

const pullRequestRows: Row<PullRequestState>[] = [
  ['rep_1', 3, 'Add a conditional jump card', 'merged', 'usr_1', 17],
  ['rep_1', 5, 'Double the store to 2000 numbers', 'open', 'usr_2', 20],
  ['rep_2', 2, 'Fix the sign in step 8', 'merged', 'usr_3', 16],
  ['rep_3', 2, 'Reinforce card edges', 'open', 'usr_1', 21],
  ['rep_4', 3, 'Date arithmetic', 'open', 'usr_1', 19],
  ['rep_4', 4, 'Report the right line in errors', 'closed', 'usr_3', 20],
  ['rep_6', 2, 'Diagonal board', 'merged', 'usr_3', 19],
];

function stamp(day: number): string {
  return `2026-01-${String(day).padStart(2, '0')}T09:00:00.000Z`;
}

/** The seed, fresh objects each call so that no caller can change another sandbox's data. */
export function seedGithubData(): GithubData {
  return {
    repositories: repositories.map((repository) => ({ ...repository })),
    issues: issueRows.map(([repository_id, number, title, state, author_id, day], index) => ({
      id: `iss_${index + 1}`,
      repository_id,
      number,
      title,
      state,
      author_id,
      created_at: stamp(day),
    })),
    pullRequests: pullRequestRows.map(([repository_id, number, title, state, author_id, day], index) => ({
      id: `pr_${index + 1}`,
      repository_id,
      number,
      title,
      state,
      author_id,
      created_at: stamp(day),
    })),
  };
}
