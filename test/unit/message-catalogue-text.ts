import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One piece of interface text written straight into a component instead of the catalogue. */
export interface LiteralText {
  file: string;
  line: number;
  /**
   * jsx-text: words between tags; attribute: a literal aria-label, title…; branch: a literal chosen by
   * `?:`, `??`, `||` or `&&` as an element's child or text attribute; prop: a literal with words given to a
   * component's prop (`<Section heading="Other exercises">`).
   */
  kind: 'jsx-text' | 'attribute' | 'branch' | 'prop';
  /** The attribute or prop name for kinds 'attribute', 'branch' in an attribute, and 'prop'. */
  attribute?: string;
  text: string;
}

/** Attributes whose values the learner reads or hears (screen readers announce them). */
export const textAttributes = ['aria-label', 'title', 'placeholder', 'alt', 'label'] as const;

// Text without a letter is punctuation or layout glue (' · ', '→', '(', ':'); a translator has
// nothing to do with it, so the checker lets it stay in the component.
const hasLetter = /\p{L}/u;

// Props of components that style or wire things up rather than say something.
const nonTextProps = new Set(['className', 'style', 'href', 'to', 'id', 'testId', 'data-testid', 'role', 'path', 'language']);

/** Every .tsx file below the given folders (or the files themselves), sorted. */
export function tsxFilesUnder(root: string, paths: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path)) walk(join(path, name));
    } else if (path.endsWith('.tsx')) {
      found.push(path);
    }
  };
  for (const path of paths) walk(join(root, path));
  return found.sort();
}

/** Lists JSX text with letters and string-literal text attributes in one .tsx source. */
export function literalTextIn(fileName: string, source: string): LiteralText[] {
  const sourceFile = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: LiteralText[] = [];
  const lineOf = (node: ts.Node) => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      const raw = node.getText(sourceFile);
      const text = raw.replace(/\s+/g, ' ').trim();
      // JSX text starts right after the tag, newline included: report the line the words are on.
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile) + raw.search(/\S/)).line + 1;
      if (hasLetter.test(text)) found.push({ file: fileName, line, kind: 'jsx-text', text });
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sourceFile);
      const literal = attributeLiteral(node.initializer);
      const isTextAttribute = (textAttributes as readonly string[]).includes(name);
      if (isTextAttribute && literal !== undefined && hasLetter.test(literal)) {
        found.push({ file: fileName, line: lineOf(node), kind: 'attribute', attribute: name, text: literal });
      } else if (literal !== undefined && /\p{L}.*\s.*\p{L}/u.test(literal) && !nonTextProps.has(name) && isComponent(node.parent.parent)) {
        found.push({ file: fileName, line: lineOf(node), kind: 'prop', attribute: name, text: literal });
      }
      if (isTextAttribute && node.initializer && ts.isJsxExpression(node.initializer) && node.initializer.expression) {
        for (const branch of branchLiterals(node.initializer.expression)) {
          if (hasLetter.test(branch.text)) found.push({ file: fileName, line: lineOf(branch), kind: 'branch', attribute: name, text: branch.text });
        }
      }
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      // {'GET'} alone is code the component shows as is (README); a literal picked by a condition is a sentence.
      for (const branch of branchLiterals(node.expression)) {
        if (hasLetter.test(branch.text)) found.push({ file: fileName, line: lineOf(branch), kind: 'branch', text: branch.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

// Literals an expression can evaluate to through ?:, ??, || and && (not the expression itself when it is one).
function branchLiterals(expression: ts.Expression, top = true): ts.StringLiteralLike[] {
  if (ts.isParenthesizedExpression(expression)) return branchLiterals(expression.expression, top);
  if (ts.isConditionalExpression(expression)) return [...branchLiterals(expression.whenTrue, false), ...branchLiterals(expression.whenFalse, false)];
  const choices = [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken];
  if (ts.isBinaryExpression(expression) && choices.includes(expression.operatorToken.kind)) {
    return [...branchLiterals(expression.left, false), ...branchLiterals(expression.right, false)];
  }
  if (!top && (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression))) return [expression];
  return [];
}

// <Section …> and <lab.Panel …> are components; <section …> is an element, covered by textAttributes.
function isComponent(element: ts.Node): boolean {
  if (!ts.isJsxOpeningElement(element) && !ts.isJsxSelfClosingElement(element)) return false;
  const tag = element.tagName.getText();
  return /^[A-Z]/.test(tag) || tag.includes('.');
}

// label="x" and label={'x'} / label={`x`} are the same literal text to the learner.
function attributeLiteral(initializer: ts.JsxAttributeValue | undefined): string | undefined {
  if (initializer === undefined) return undefined;
  if (ts.isStringLiteral(initializer)) return initializer.text;
  if (ts.isJsxExpression(initializer) && initializer.expression !== undefined) {
    const expression = initializer.expression;
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
  }
  return undefined;
}

/** Literal interface text in every .tsx file below the given folders, paths relative to root. */
export function literalTextUnder(root: string, paths: readonly string[]): LiteralText[] {
  return tsxFilesUnder(root, paths).flatMap((file) =>
    literalTextIn(relative(root, file), readFileSync(file, 'utf8')),
  );
}

/** One line per finding, for a failure message that names file, line and the text to move. */
export function describeLiteralText(found: readonly LiteralText[]): string {
  return found
    .map((item) => `${item.file}:${item.line} ${item.attribute ? `${item.attribute}=` : ''}"${item.text}"`)
    .join('\n');
}

/** A module's messages as a comparable shape: the key paths, each with its kind and, for templates, its {slots}. */
export function catalogueShape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path} (function)`];
  if (typeof value === 'string') {
    const slots = [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    return [`${path} (string${slots.length ? ` {${[...new Set(slots)].join('} {')}}` : ''})`];
  }
  if (value !== null && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .flatMap((key) => catalogueShape((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  }
  return [`${path} (${typeof value})`];
}
