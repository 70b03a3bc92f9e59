/**
 * The sandbox's demo sign-ins, shown on the consent page and in chapter 6. They are
 * public on purpose: this is a teaching sandbox that runs in the reader's own tab. A unit
 * test signs in with each one against the directory's stored hashes, so this list
 * cannot drift from what the authorization server accepts.
 */
export interface DemoAccount {
  login: string;
  password: string;
  name: string;
  tenant: string;
  role: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { login: 'ada', password: 'analytical-engine', name: 'Ada Lovelace', tenant: 'Acme Analytics', role: 'admin' },
  { login: 'grace', password: 'first-compiler-1952', name: 'Grace Hopper', tenant: 'Acme Analytics', role: 'member' },
  { login: 'alan', password: 'universal-machine', name: 'Alan Turing', tenant: 'Globex Logistics', role: 'admin' },
];
