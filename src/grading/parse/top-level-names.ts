/**
 * The names a module declares at its top level. The learner-scope prologue must not
 * declare them again: two declarations of one name in a module do not compile.
 */
import type { Node as AcornNode } from 'acorn';

type Loose = AcornNode & Record<string, unknown>;

function patternNames(pattern: unknown, out: Set<string>): void {
  if (typeof pattern !== 'object' || pattern === null) return;
  const node = pattern as Loose;
  switch (node.type) {
    case 'Identifier':
      out.add(node.name as string);
      break;
    case 'ObjectPattern':
      for (const property of node.properties as Loose[]) patternNames(property.type === 'RestElement' ? property.argument : property.value, out);
      break;
    case 'ArrayPattern':
      for (const element of node.elements as unknown[]) patternNames(element, out);
      break;
    case 'AssignmentPattern':
      patternNames(node.left, out);
      break;
    case 'RestElement':
      patternNames(node.argument, out);
      break;
  }
}

function declarationNames(declaration: unknown, out: Set<string>): void {
  if (typeof declaration !== 'object' || declaration === null) return;
  const node = declaration as Loose;
  if (node.type === 'VariableDeclaration') {
    for (const declarator of node.declarations as Loose[]) patternNames(declarator.id, out);
  } else if (node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') {
    patternNames(node.id, out);
  }
}

/** Every name bound by the program's top-level statements (variables, functions, classes, exports). */
export function topLevelNames(program: AcornNode): Set<string> {
  const names = new Set<string>();
  for (const statement of (program as Loose).body as Loose[]) {
    if (statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') declarationNames(statement.declaration, names);
    else declarationNames(statement, names);
  }
  return names;
}
