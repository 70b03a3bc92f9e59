/**
 * The GitHub v4 comparison: what REST v3 fetches with one request per list
 * (the user, their repositories, then each repository's issues and pulls),
 * GraphQL answers with one query starting at `viewer`.
 */
export const githubTypeDefs = /* GraphQL */ `
  "A code repository, owned by a user."
  type Repository implements Node {
    id: ID!
    name: String!
    "owner/name, e.g. ada/analytical-engine."
    nameWithOwner: String!
    description: String!
    "Null when the owner has since been deleted from the sandbox."
    owner: User
    createdAt: DateTime!
    issues(first: Int = 20, after: String, states: [IssueState!]): IssueConnection!
    pullRequests(first: Int = 20, after: String, states: [PullRequestState!]): PullRequestConnection!
  }

  type RepositoryEdge {
    cursor: String!
    node: Repository!
  }

  type RepositoryConnection {
    edges: [RepositoryEdge!]!
    nodes: [Repository!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  enum IssueState {
    OPEN
    CLOSED
  }

  type Issue implements Node {
    id: ID!
    "Numbered per repository; issues and pull requests share the numbers."
    number: Int!
    title: String!
    state: IssueState!
    author: User
    createdAt: DateTime!
  }

  type IssueEdge {
    cursor: String!
    node: Issue!
  }

  type IssueConnection {
    edges: [IssueEdge!]!
    nodes: [Issue!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  enum PullRequestState {
    OPEN
    CLOSED
    MERGED
  }

  type PullRequest implements Node {
    id: ID!
    number: Int!
    title: String!
    state: PullRequestState!
    author: User
    createdAt: DateTime!
  }

  type PullRequestEdge {
    cursor: String!
    node: PullRequest!
  }

  type PullRequestConnection {
    edges: [PullRequestEdge!]!
    nodes: [PullRequest!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
`;
