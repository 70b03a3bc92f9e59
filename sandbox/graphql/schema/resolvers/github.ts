import type { IssueRecord, IssueState, PullRequestRecord, PullRequestState, RepositoryRecord } from '../../data/github-seed';
import { connectionFrom, type ConnectionArgs } from '../connection';
import type { Resolver, ResolverMap } from './types';
import { loginOf } from './user';

/** Repositories with their issues and pull requests: the GitHub v3 → v4 example. */

const owner: Resolver<RepositoryRecord> = (repository, _args, { loaders }) => loaders.user.load(repository.owner_id);

const nameWithOwner: Resolver<RepositoryRecord> = async (repository, _args, { loaders }) => {
  const user = await loaders.user.load(repository.owner_id);
  return `${user ? loginOf(user) : 'ghost'}/${repository.name}`;
};

const issues: Resolver<RepositoryRecord, ConnectionArgs & { states?: IssueState[] | null }> = async (repository, { states, ...page }, { loaders }) => {
  const all = await loaders.issuesByRepository.load(repository.id);
  return connectionFrom(states ? all.filter((issue) => states.includes(issue.state)) : all, page, 'iss');
};

const pullRequests: Resolver<RepositoryRecord, ConnectionArgs & { states?: PullRequestState[] | null }> = async (
  repository,
  { states, ...page },
  { loaders },
) => {
  const all = await loaders.pullRequestsByRepository.load(repository.id);
  return connectionFrom(states ? all.filter((pull) => states.includes(pull.state)) : all, page, 'pr');
};

const author: Resolver<IssueRecord | PullRequestRecord> = (item, _args, { loaders }) => loaders.user.load(item.author_id);

export const githubResolvers: ResolverMap = {
  IssueState: { OPEN: 'open', CLOSED: 'closed' },
  PullRequestState: { OPEN: 'open', CLOSED: 'closed', MERGED: 'merged' },
  Repository: { owner, nameWithOwner, issues, pullRequests, createdAt: (repository: RepositoryRecord) => repository.created_at },
  Issue: { author, createdAt: (issue: IssueRecord) => issue.created_at },
  PullRequest: { author, createdAt: (pull: PullRequestRecord) => pull.created_at },
};
