import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { sandboxReady } from '../app/sandbox-ready';
import { useTheme } from '../app/use-theme';
import { ConsoleEditor } from './graphql-console-editor';
import { consoleExamples, exampleById } from './graphql-console-examples';
import { schemaFromSdl } from './graphql-console-language';
import { setGraphqlSchema } from './graphql-console-monaco';
import { operationKind, parseVariables, runGraphql, streamSubscription, type GraphqlRun, type SandboxFetch, type SubscriptionEvent } from './graphql-console-request';
import { RunResult, SubscriptionEvents } from './graphql-console-result';
import { graphqlConsole as m } from '@messages/graphql-console';
import { richText } from '../messages/rich-text';
import './graphql-console.css';

const SCHEMA_PATH = '/api/graphql/schema.graphql';

/** The page's own fetch: the sandbox answers it once its service worker runs. */
const sendToSandbox: SandboxFetch = async (path, init) => {
  await sandboxReady();
  return fetch(path, init);
};

type SchemaState = { kind: 'loading' } | { kind: 'ready'; types: number } | { kind: 'failed'; message: string };

/**
 * `/consoles/graphql`: write a query with completion from the sandbox's schema, run it, and
 * see how many store reads it cost, with DataLoader batching on or off for that request.
 * Subscriptions stream their events below the result while other operations keep running.
 */
export default function GraphqlConsole() {
  const theme = useTheme();
  const initial = exampleById(new URLSearchParams(window.location.search).get('example'));
  const [exampleId, setExampleId] = useState(initial.id);
  const [query, setQuery] = useState(initial.query);
  const [variables, setVariables] = useState(initial.variables);
  const [dataLoader, setDataLoader] = useState(true);
  const [schema, setSchema] = useState<SchemaState>({ kind: 'loading' });
  const [schemaVersion, setSchemaVersion] = useState(0);
  const [run, setRun] = useState<GraphqlRun | null>(null);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [events, setEvents] = useState<SubscriptionEvent[] | null>(null);
  const [streaming, setStreaming] = useState(false);
  const stream = useRef<AbortController | null>(null);
  const lastRunWasQuery = useRef(false);

  useEffect(() => {
    document.title = m.documentTitle;
    let live = true;
    (async () => {
      try {
        const response = await sendToSandbox(SCHEMA_PATH, { headers: { Accept: 'text/plain' } });
        if (!response.ok) throw new Error(m.schemaReadFailed(SCHEMA_PATH, response.status));
        const built = schemaFromSdl(await response.text());
        if (!live) return;
        setGraphqlSchema(built);
        setSchema({ kind: 'ready', types: Object.keys(built.getTypeMap()).filter((name) => !name.startsWith('__')).length });
        setSchemaVersion((v) => v + 1);
      } catch (e) {
        if (live) setSchema({ kind: 'failed', message: m.schemaFailed(e instanceof Error ? e.message : String(e)) });
      }
    })();
    return () => {
      live = false;
      stream.current?.abort();
    };
  }, []);

  function pickExample(id: string) {
    const example = exampleById(id);
    setExampleId(example.id);
    setQuery(example.query);
    setVariables(example.variables);
  }

  async function execute(withDataLoader = dataLoader) {
    const parsed = parseVariables(variables);
    if (!parsed.ok) {
      setProblem(parsed.message);
      return;
    }
    setProblem(null);
    const request = { query, variables: parsed.value, dataLoader: withDataLoader };
    if (operationKind(query) === 'subscription') {
      startSubscription(request);
      return;
    }
    setRunning(true);
    try {
      setRun(await runGraphql(sendToSandbox, request));
      lastRunWasQuery.current = operationKind(query) === 'query';
    } catch (e) {
      setProblem(m.requestFailed(e instanceof Error ? e.message : String(e)));
    } finally {
      setRunning(false);
    }
  }

  function startSubscription(request: Parameters<typeof runGraphql>[1]) {
    stream.current?.abort();
    const controller = new AbortController();
    stream.current = controller;
    setEvents([]);
    setStreaming(true);
    streamSubscription(sendToSandbox, request, (event) => setEvents((list) => [...(list ?? []), event]), controller.signal)
      .catch((e) => setProblem(m.streamBroke(e instanceof Error ? e.message : String(e))))
      .finally(() => {
        // A newer subscription may have replaced this one; only the current stream ends the "listening" state.
        if (stream.current !== controller) return;
        stream.current = null;
        setStreaming(false);
      });
  }

  function toggleDataLoader(on: boolean) {
    setDataLoader(on);
    // Queries are safe to repeat, so the new read count appears at once; mutations wait for Run.
    if (run && lastRunWasQuery.current && !running) void execute(on);
  }

  return (
    <div className="page gql-console">
      <h1>{m.title}</h1>
      <p className="gql-intro">
        {richText(m.intro, { endpoint: <code>{'POST /api/graphql'}</code>, chapter: <Link href="/chapters/graphql">{m.chapterLink}</Link> })}
      </p>

      <div className="gql-toolbar">
        <label>
          {m.example}{' '}
          <select value={exampleId} onChange={(e) => pickExample(e.target.value)}>
            {consoleExamples.map((e) => (
              <option key={e.id} value={e.id}>
                {m.examples[e.id]}
              </option>
            ))}
          </select>
        </label>
        <label className="gql-switch">
          <input type="checkbox" role="switch" checked={dataLoader} onChange={(e) => toggleDataLoader(e.target.checked)} /> {m.dataLoaderSwitch}
        </label>
        <button type="button" className="primary" onClick={() => void execute()} disabled={running}>
          {running ? m.running : m.run}
        </button>
        <span className="gql-schema-state" role="status">
          {schema.kind === 'loading' ? m.schemaLoading : schema.kind === 'ready' ? m.schemaLoaded(schema.types) : ''}
        </span>
      </div>
      {schema.kind === 'failed' && <p className="error-box">{schema.message}</p>}
      {problem && (
        <p className="error-box" role="alert">
          {problem}
        </p>
      )}

      <div className="gql-grid">
        <div className="gql-inputs">
          <ConsoleEditor
            path="inmemory://console/query.graphql"
            language="graphql"
            value={query}
            onChange={setQuery}
            onRun={() => void execute()}
            theme={theme}
            label={m.queryEditor}
            testId="gql-query-editor"
            schemaVersion={schemaVersion}
          />
          <h2 className="gql-label">{m.variablesTitle}</h2>
          <ConsoleEditor
            path="inmemory://console/variables.json"
            language="json"
            value={variables}
            onChange={setVariables}
            onRun={() => void execute()}
            theme={theme}
            label={m.variablesEditor}
            testId="gql-variables-editor"
          />
        </div>
        <div className="gql-output">
          {run ? <RunResult run={run} /> : <p className="gql-empty">{m.empty}</p>}
          {events && <SubscriptionEvents events={events} running={streaming} onStop={() => stream.current?.abort()} />}
        </div>
      </div>
    </div>
  );
}
