/** The colour theme switch in the header. */
export const theme = {
  label: 'Colour theme',
  options: { system: 'System', light: 'Light', dark: 'Dark' },
  describe: (choice: string) => `Colour theme: ${choice}`,
};
