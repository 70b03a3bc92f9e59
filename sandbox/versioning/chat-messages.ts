import type { Clock } from '../store/clock';

/**
 * Slack-style message evolution, the worked example of chapter 5. v1 messages are a
 * `text` string; v2 messages are `blocks` (here: section blocks of mrkdwn or plain text).
 * Each message is stored as it was posted, and read in either version:
 * - v1 reads a blocks message as a text fallback: the sections' texts, a blank line apart;
 * - v2 reads a text message as one mrkdwn section block wrapping the text.
 * So neither version's clients lose messages written by the other's.
 */

export interface SectionBlock {
  type: 'section';
  text: { type: 'mrkdwn' | 'plain_text'; text: string };
}

/** A message as it was posted: by a v1 client (text) or a v2 client (blocks). */
export type StoredMessage = { ts: string; channel: string; posted_in: 1; text: string } | { ts: string; channel: string; posted_in: 2; blocks: SectionBlock[] };

export interface MessageV1 {
  ts: string;
  channel: string;
  text: string;
}

export interface MessageV2 {
  ts: string;
  channel: string;
  blocks: SectionBlock[];
}

/** The channels of the demo workspace: id → name. */
export const CHANNELS: Readonly<Record<string, string>> = { C01GENERAL: 'general', C02RANDOM: 'random' };

/** The text a v1 client sees for a message of blocks. */
export function textFallback(blocks: readonly SectionBlock[]): string {
  return blocks.map((block) => block.text.text).join('\n\n');
}

/** v1's view of any message. */
export function toMessageV1(message: StoredMessage): MessageV1 {
  const text = message.posted_in === 1 ? message.text : textFallback(message.blocks);
  return { ts: message.ts, channel: message.channel, text };
}

/** v2's view of any message. */
export function toMessageV2(message: StoredMessage): MessageV2 {
  const blocks: SectionBlock[] = message.posted_in === 2 ? message.blocks : [{ type: 'section', text: { type: 'mrkdwn', text: message.text } }];
  return { ts: message.ts, channel: message.channel, blocks };
}

/** The messages of the demo workspace, newest last. */
export class ChatMessages {
  #messages: StoredMessage[] = [];
  #sequence = 0;

  constructor(private readonly clock: Clock) {
    this.reset();
  }

  /**
   * Slack's message id: the posting time in seconds with six decimals. The decimals here
   * count messages, so two posted in the same second still get different, ordered ids.
   */
  #nextTs(): string {
    this.#sequence += 1;
    return `${Math.floor(this.clock.now() / 1000)}.${String(this.#sequence).padStart(6, '0')}`;
  }

  postText(channel: string, text: string): StoredMessage {
    const message: StoredMessage = { ts: this.#nextTs(), channel, posted_in: 1, text };
    this.#messages.push(message);
    return message;
  }

  postBlocks(channel: string, blocks: SectionBlock[]): StoredMessage {
    const message: StoredMessage = { ts: this.#nextTs(), channel, posted_in: 2, blocks };
    this.#messages.push(message);
    return message;
  }

  /** A channel's messages, newest first (as Slack's conversations.history), at most `limit`. */
  history(channel: string, limit: number): StoredMessage[] {
    return this.#messages.filter((m) => m.channel === channel).reverse().slice(0, limit);
  }

  /** Back to the two seed messages: one posted by a v1 client, one by a v2 client. */
  reset(): void {
    this.#messages = [];
    this.#sequence = 0;
    this.postText('C01GENERAL', 'Deploy finished: *api* v1.4.2 is live.');
    this.postBlocks('C01GENERAL', [
      { type: 'section', text: { type: 'mrkdwn', text: '*Incident resolved*: checkout latency is back to normal.' } },
      { type: 'section', text: { type: 'plain_text', text: 'Post-mortem on Thursday.' } },
    ]);
  }
}
