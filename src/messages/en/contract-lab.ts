/** The contract testing lab (/labs/contracts): the consumer's draft, the provider switches, verification and the Pact file. */
export const contractLab = {
  documentTitle: 'Contract testing lab · API Design Workbench',
  title: 'Contract testing lab',
  intro:
    'A consumer writes down the requests it makes and what it needs back. The recorded contract (a Pact v3 file) goes to the provider, which replays every request against its real code. Here the consumer is a small users app and the provider is the sandbox’s v1 users API. Switch on a change to the provider and verify again to see which promise it breaks. Nothing leaves your browser.',
  consumer: {
    title: '1. Consumer expectations',
    editorLabel: 'Interactions (JSON, matchers written inline)',
    record: 'Record contract',
    backToExample: 'Back to the example',
  },
  provider: {
    title: '2. Provider',
    verify: 'Verify provider',
    replaying: 'Replaying the interactions…',
    changeLegend: 'Change the provider',
    unchanged: 'The provider is unchanged.',
    changed: (names: string[]) => `Changed: ${names.join(', ')}.`,
  },
  pactFile: {
    title: '3. The contract file',
    note: 'Matchers became examples in the bodies, and their rules moved to {rules} under the JSONPath of the value they guard. A provider’s build can verify this same file.',
    copy: 'Copy the contract',
    copied: 'Copied.',
    copyRefused: 'The browser refused the clipboard; select the text and copy it by hand.',
    download: (fileName: string) => `Download ${fileName}`,
    label: 'The recorded Pact file',
  },
  results: {
    allPass: (n: number) => `All ${n} interactions pass: the provider keeps the contract.`,
    broken: (broken: number, n: number) => `${broken} of ${n} interactions broken.`,
    words: { passed: 'passed', failed: 'broken', error: 'could not run' },
    more: (n: number) => `…and ${n} more like these`,
    providerAnswer: 'Provider’s answer',
  },
  form: {
    label: 'Add an interaction',
    description: 'Description',
    defaultDescription: 'a request for the second page of users',
    providerState: 'Provider state',
    noState: 'none',
    method: 'Method',
    path: 'Path',
    status: 'Status',
    add: 'Add to the contract',
    note: 'It is added with an empty expected body: write in the JSON what the consumer reads.',
    fixJsonFirst: 'Fix the JSON in the editor first (Record contract says where the mistake is); then add the interaction.',
  },
  guide: {
    title: 'Matchers and provider states',
    exact: 'A value without a matcher must be exactly equal. Keys you leave out are not checked: a provider may add fields.',
    matchers: {
      type: 'same JSON type as the example; on an object or array, reaches everything inside',
      eachLike: 'an array of at least min items, each like the example (eachLike)',
      regex: 'a string the whole of which matches',
      integer: 'a whole number (also decimal, number, null, include)',
      timestamp: 'a date-time in that format (also date, time)',
      generator: 'a request path filled in from the provider state',
    },
    statesIntro: 'Provider states the sandbox knows (set up through its public API before the request is replayed):',
    state: '{name} (params: {params}): {description}',
  },
  tryTitle: 'What to try',
  tries: {
    asIs: 'Verify the example as it is: all four interactions pass, because the contract asks only for what the provider does.',
    oneChange:
      'Switch on one change at a time and verify. Each breaks a different promise: a key the consumer reads, the type of a value, a header, a status. The provider’s own tests would stay green for all four.',
    exactValue:
      'Replace a matcher by an exact value, say the {id} of the first interaction by {value}. The contract now fails against the real provider: the state creates a new user each time, so exact values belong only where the value really is fixed.',
    noBody:
      'Delete the response {body} of the first interaction. It then passes even with every change switched on: an interaction without expectations protects nothing.',
  },
};
