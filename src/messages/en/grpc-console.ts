/** The gRPC console (/consoles/grpc): request form, response, call log and the JSON-vs-protobuf bench. */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const grpcConsole = {
  documentTitle: 'gRPC console · API Design Workbench',
  title: 'gRPC console',
  intro:
    'Calls {service} in the sandbox from this page with connect-es, as a browser app would. Read about it in {chapter}. The request is written as protobuf JSON; it is sent in the encoding you pick.',
  chapterLink: 'chapter 4',
  request: {
    title: 'Request',
    method: 'Method',
    serverStream: ' (server stream)',
    protocol: 'Protocol',
    protocols: { connect: 'Connect', grpcWeb: 'gRPC-Web' },
    encoding: 'Encoding',
    encodings: { binary: 'Binary (protobuf)', json: 'JSON' },
    sendToken: 'Send {header}{why}',
    tokenNeeded: ' (this method changes data and needs it)',
    tokenNotNeeded: ' (reads need none)',
    message: 'Request message {type} (JSON)',
    sending: 'Sending…',
    startStream: 'Start stream',
    send: 'Send',
    stopStream: 'Stop stream',
    sandboxDown: (error: string) => `The in-browser sandbox did not start (${error}). Reload the page to try again.`,
    notJson: (error: string) => `The request is not valid JSON (${error}). Write an object such as {"id": "usr_1"}.`,
    wrongFields: (error: string, type: string, fields: string) => `${error}. ${type} has the fields: ${fields}.`,
    noFields: 'none',
  },
  response: {
    title: 'Response',
    waiting: 'Waiting…',
    /** `{code}` is the status code's badge. */
    ok: (ms: number, streamedMessages: number | null) =>
      `{code} in ${ms} ms${streamedMessages === null ? '' : ` · ${streamedMessages} messages, then the stream ended`}`,
    /** `{code}` is the status code's badge, `{message}` the server's words. */
    failed: (ms: number, streamedMessages: number | null) =>
      `{code} after ${ms} ms${streamedMessages ? ` and ${streamedMessages} messages` : ''}: {message}`,
    okCode: 'OK',
    violations: '{detail} detail — every wrong field:',
    sizesCaption: 'The same messages in both encodings (bytes, without envelope or headers)',
    columns: { message: 'Message', binary: 'Binary', json: 'JSON' },
    requestRow: (type: string) => `Request ${type}`,
    responseRow: (count: number, type: string) => (count === 1 ? `Response ${type}` : `Response: ${count} × ${type}`),
    messagesLabel: 'Response messages in the order they arrived',
    messageMeta: (index: number | null, ms: number, binary: number, json: number) =>
      `${index === null ? 'Message' : `Message ${index}`} · after ${ms} ms · ${binary} B binary / ${json} B JSON`,
    bothEmpty: 'both empty',
    binaryShare: (percent: number) => `binary is ${percent} % of JSON`,
  },
  log: {
    title: 'Call log',
    clear: 'Clear log',
    note: "Written by the sandbox's logging interceptor, the outermost one, so it also lists calls that auth refused. Sizes are the messages in the call's own codec. Also at {endpoint}.",
    empty: 'No calls yet. Send one above.',
    count: (n: number) => `${n} ${plural(n, 'call', 'calls')}, newest first`,
    columns: {
      method: 'Method',
      protocol: 'Protocol',
      codec: 'Codec',
      code: 'Code',
      ms: 'ms',
      requestBytes: 'Request bytes',
      responseBytes: 'Response bytes',
      messages: 'Messages',
    },
    notAList: (path: string) => `GET ${path} did not answer with a "data" list; is the sandbox up to date?`,
    clearFailed: (path: string, status: number) => `DELETE ${path} answered HTTP ${status}, not 204.`,
  },
  bench: {
    title: 'JSON vs protobuf, measured here',
    text: "The same {type} messages — the sandbox's users, copied with new ids and emails — encoded with {toJson} and with {toBinary}, then decoded back, and timed in this tab.",
    messages: 'Messages',
    measuring: 'Measuring…',
    measure: 'Measure',
    badCount: (max: number) => `Choose a whole number of messages from 1 to ${max}.`,
    caption: (count: string, roundTrips: boolean) =>
      `${count} messages; ${roundTrips ? 'every message decoded equal to the original both ways' : 'some messages did NOT decode equal to the original'}`,
    columns: { json: 'JSON', protobuf: 'protobuf', ratio: 'protobuf ÷ JSON' },
    rows: { bytes: 'Bytes', encode: 'Encode (ms)', decode: 'Decode (ms)' },
  },
};
