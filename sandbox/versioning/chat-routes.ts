import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { ApiError } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { withQuery } from '../patterns/links';
import { jsonContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { CHANNELS, toMessageV1, toMessageV2, type ChatMessages } from './chat-messages';

/**
 * The Slack-style worked example: RPC-style methods (`chat.postMessage`,
 * `conversations.history`, as Slack names them) in two versions of the message format.
 * Both versions read every message (chat-messages.ts converts).
 */

const tags = ['Messages'];
const channelIds = Object.keys(CHANNELS);
const channelList = Object.entries(CHANNELS).map(([id, name]) => `${id} (#${name})`).join(', ');

const channel = z.string().openapi({ description: `The channel's id: ${channelList}.`, example: 'C01GENERAL' });
const ts = z.string().openapi({ description: 'The message id: posting time in seconds, six decimals.', example: '1772366400.000003' });

const SectionBlockSchema = z
  .strictObject({
    type: z.literal('section'),
    text: z.strictObject({
      type: z.enum(['mrkdwn', 'plain_text']).openapi({ description: 'mrkdwn: *bold*, _italic_, `code`; plain_text: shown as is.' }),
      text: z.string().min(1).max(3000),
    }),
  })
  .openapi('SectionBlock');

const MessageV1Schema = z.object({ ts, channel, text: z.string().openapi({ example: 'Deploy finished.' }) }).openapi('MessageV1');
const MessageV2Schema = z.object({ ts, channel, blocks: z.array(SectionBlockSchema) }).openapi('MessageV2');

const PostV1Schema = z
  .strictObject({ channel, text: z.string().min(1).max(4000).openapi({ description: 'The message, 1 to 4000 characters (mrkdwn).', example: 'Lunch is here.' }) })
  .openapi('PostMessageV1');
const PostV2Schema = z
  .strictObject({ channel, blocks: z.array(SectionBlockSchema).min(1).max(50).openapi({ description: '1 to 50 section blocks.' }) })
  .openapi('PostMessageV2');

const historyQuery = z.object({
  channel: z.string().openapi({ description: `The channel to read: ${channelList}.`, example: 'C01GENERAL' }),
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ description: 'How many messages, newest first, 1 to 100.', example: 10 }),
});

const PostedLinksSchema = z.object({ history: z.string().openapi({ example: '/api/v1/conversations.history?channel=C01GENERAL' }) });
const HistoryMetaSchema = z.object({ count: z.int().min(0), has_more: z.boolean() });

function operations(version: 1 | 2) {
  const message = version === 1 ? MessageV1Schema : MessageV2Schema;
  const body = version === 1 ? PostV1Schema : PostV2Schema;
  const versionErrors = ['unsupported_version', 'version_conflict'] as const;
  return {
    post: createRoute({
      method: 'post',
      path: `/v${version}/chat.postMessage`,
      tags,
      summary: `Post a message (v${version}: ${version === 1 ? 'text' : 'blocks'})`,
      description: 'RPC style, as Slack’s Web API: the method name is in the path. Answers 200 with the stored message.',
      middleware: [jsonBody()] as const,
      request: { body: requestBody(body) },
      responses: {
        200: jsonContent(z.object({ data: message, links: PostedLinksSchema }).openapi(`PostedMessageV${version}`), 'The message as it was stored.'),
        ...errorResponses('invalid_json', ...versionErrors, 'resource_not_found', 'unsupported_media_type', 'validation_failed', 'internal_error'),
      },
    }),
    history: createRoute({
      method: 'get',
      path: `/v${version}/conversations.history`,
      tags,
      summary: `Read a channel’s messages (v${version})`,
      description: `Every message of the channel, newest first, in the v${version} format, whichever version posted it.`,
      request: { query: historyQuery },
      responses: {
        200: jsonContent(
          z.object({ data: z.array(message), links: z.object({ self: z.string() }), meta: HistoryMetaSchema }).openapi(`ConversationHistoryV${version}`),
          'The newest messages first.',
        ),
        ...errorResponses(...versionErrors, 'resource_not_found', 'validation_failed', 'internal_error'),
      },
    }),
  };
}

function assertChannel(id: string, param: string): void {
  if (!channelIds.includes(id)) {
    throw new ApiError('resource_not_found', `No channel has the id ${JSON.stringify(id)}. The demo workspace has ${channelList}.`, { param });
  }
}

/** chat.postMessage and conversations.history in v1 and v2; mount under /api. */
export function chatRoutes(messages: ChatMessages) {
  const v1 = operations(1);
  const v2 = operations(2);
  const historyPath = (version: 1 | 2, channelId: string) => withQuery(`/api/v${version}/conversations.history`, { channel: channelId });
  const history = (version: 1 | 2, query: z.infer<typeof historyQuery>) => {
    assertChannel(query.channel, 'channel');
    const page = messages.history(query.channel, query.limit + 1);
    const items = page.slice(0, query.limit);
    return {
      data: items.map((message) => (version === 1 ? toMessageV1(message) : toMessageV2(message))),
      links: { self: withQuery(`/api/v${version}/conversations.history`, { channel: query.channel, limit: query.limit === 20 ? undefined : query.limit }) },
      meta: { count: items.length, has_more: page.length > query.limit },
    };
  };

  return createRouter()
    .openapi(v1.post, (c) => {
      const { channel: id, text } = c.req.valid('json') as z.infer<typeof PostV1Schema>;
      assertChannel(id, 'channel');
      return c.json({ data: toMessageV1(messages.postText(id, text)), links: { history: historyPath(1, id) } }, 200);
    })
    .openapi(v2.post, (c) => {
      const { channel: id, blocks } = c.req.valid('json') as z.infer<typeof PostV2Schema>;
      assertChannel(id, 'channel');
      return c.json({ data: toMessageV2(messages.postBlocks(id, blocks)), links: { history: historyPath(2, id) } }, 200);
    })
    .openapi(v1.history, (c) => c.json(history(1, c.req.valid('query')) as never, 200))
    .openapi(v2.history, (c) => c.json(history(2, c.req.valid('query')) as never, 200));
}
