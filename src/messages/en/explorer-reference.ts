/** The API reference page (/reference), Scalar's rendering of the sandbox's OpenAPI document. */
export const explorerReference = {
  documentTitle: 'API reference · API Design Workbench',
  startFailed: (error: string) => `The sandbox could not start, so there is no API description to show: ${error}`,
  starting: 'Starting the sandbox…',
  serverDescription: 'The sandbox running in this tab',
};
