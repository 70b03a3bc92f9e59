/**
 * Accessibility fixes for Scalar's API reference, passed as its `customCss` option.
 *
 * Colours: Scalar's
 * default theme draws secondary text (#757575, #8e8e8e) and HTTP method badges (GET blue,
 * PATCH yellow, DELETE red…) below WCAG AA's 4.5:1 on its own backgrounds; axe-core reports
 * each as a serious colour-contrast violation (test/e2e/accessibility.test.ts). These values
 * keep every hue but reach 4.5:1 on the darkest background each mode uses (#e7e7e7 light,
 * #2a2a2a dark). Scalar puts its theme in a CSS cascade layer, so these plain rules win.
 *
 * Copy buttons: Scalar's code-block copy button keeps its "Copy" text in a visually
 * hidden (sr-only) box, but wraps it in a span that is display:none until the pointer or
 * focus is inside the code block, so screen readers browsing the page meet an unnamed
 * button (axe: button-name, critical). Showing that span inside the sr-only box changes
 * nothing on screen and gives the button its name at all times.
 */
export const scalarA11yCss = `
button[class*='group/copy-button'] .sr-only .hidden { display: inline; }
.light-mode {
  --scalar-color-2: #595959;
  --scalar-color-3: #636363;
  --scalar-color-blue: #0067a8;
  --scalar-color-green: #00754a;
  --scalar-color-yellow: #806200;
  --scalar-color-red: #c70000;
  --scalar-color-orange: #b03a00;
  --scalar-color-purple: #5b03c8;
}
.dark-mode {
  --scalar-color-3: #9a9a9a;
  --scalar-color-red: #ff6b6b;
}
`;
