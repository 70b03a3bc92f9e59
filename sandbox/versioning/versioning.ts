import type { Clock } from '../store/clock';
import { ChatMessages } from './chat-messages';
import { createSandboxTime, type SandboxTime } from './sandbox-time';
import { UserVersions } from './user-versions';

/** The state chapter 5's routes keep beside the store; one per sandbox, at `runtime.versioning`. */
export interface Versioning {
  /** The sandbox's start and how far its clock was moved. */
  time: SandboxTime;
  /** v2/v3 side tables (written name splits, phones) and the user adapters. */
  users: UserVersions;
  /** The Slack-style messages of the worked example. */
  messages: ChatMessages;
  /** Back to the start; call after clock.reset(), so the schedule restarts from the reset clock. */
  reset(): void;
}

/** Creates the versioning state of one sandbox. */
export function createVersioning(clock: Clock): Versioning {
  const time = createSandboxTime(clock);
  const users = new UserVersions();
  const messages = new ChatMessages(clock);
  return {
    time,
    users,
    messages,
    reset() {
      time.reset();
      users.reset();
      messages.reset();
    },
  };
}
