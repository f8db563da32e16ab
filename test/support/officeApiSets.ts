/**
 * Which Office.js members a set of source files uses, and which of them need a newer requirement
 * set than the manifest asks for without an `isSetSupported` guard (issue "Run on Microsoft's own
 * Office.js", item 5; docs/testing.md, "API sets").
 *
 * The TypeScript compiler resolves each member to its declaration in `@types/office-js`, whose JSDoc
 * says `[Api set: ExcelApi 1.9]`: Microsoft's own statement of where a member comes from. Counted as
 * uses: property accesses and calls (`range.getDependents()`), property names in `load('a,b/c')`
 * strings and arrays (resolved along the path on the loaded object's type), and properties of object
 * literals typed by an Office.js interface (`range.set({ ... })`). A member without a tag of its own
 * takes its class's or enum's.
 *
 * A use is guarded when it sits in the true branch of an `if`, `?:` or `&&` whose condition holds a
 * check of the same set at that version or above, or after `if (!check) return/throw`. A check is
 * `isSetSupported('ExcelApi', '1.9')`; a variable or property assigned from one
 * (`this.canSuspendScreen = ...isSetSupported('ExcelApi', '1.9')`); or a call of a function of ours
 * that passes its parameter to `isSetSupported('ExcelApi', version)`, with a literal version.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface ApiSetUse {
  file: string;
  line: number;
  member: string;
  set: string;
  version: string;
  guarded: boolean;
}

const TAG = /\[Api set: (\w+) ([^\]\s]+)[^\]]*\]/;

/** 1.14 -> [1, 14]; null for BETA / PREVIEW and anything not a version. */
function versionOf(text: string): number[] | null {
  return /^\d+(\.\d+)*$/.test(text) ? text.split('.').map(Number) : null;
}

function atLeast(have: number[], need: number[]): boolean {
  for (let i = 0; i < Math.max(have.length, need.length); i++) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** The manifest's `<Set Name="ExcelApi" MinVersion="...">` and any other sets it requires. */
export function manifestSets(manifestXml: string): Map<string, string> {
  const sets = new Map<string, string>();
  for (const m of manifestXml.matchAll(/<Set\s+Name="(\w+)"\s+MinVersion="([\d.]+)"/g)) sets.set(m[1]!, m[2]!);
  return sets;
}

function officeTypesFile(): string {
  return path.resolve(require.resolve('@types/office-js/package.json'), '..', 'index.d.ts');
}

export function createProgram(files: readonly string[], tsconfigPath: string): ts.Program {
  const config = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(tsconfigPath));
  return ts.createProgram({ rootNames: [...files], options: { ...parsed.options, noEmit: true, types: ['office-js'] } });
}

interface Requirement {
  set: string;
  version: number[];
}

export function scanApiSets(program: ts.Program, files: readonly string[]): ApiSetUse[] {
  const checker = program.getTypeChecker();
  const officeDts = path.normalize(officeTypesFile());
  const isOffice = (d: ts.Declaration) => path.normalize(d.getSourceFile().fileName) === officeDts;

  const tagOf = (decl: ts.Node): { set: string; version: string } | null => {
    const text = decl.getSourceFile().text;
    for (const range of ts.getLeadingCommentRanges(text, decl.getFullStart()) ?? []) {
      const m = TAG.exec(text.slice(range.pos, range.end));
      if (m) return { set: m[1]!, version: m[2]! };
    }
    return null;
  };

  /** The requirement of an Office.js member symbol: its own tag, else its class's or enum's; the highest over its declarations. */
  const requirementOf = (symbol: ts.Symbol | undefined): { set: string; version: string } | null => {
    if (!symbol) return null;
    const resolved = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    let best: { set: string; version: string } | null = null;
    for (const decl of resolved.declarations ?? []) {
      if (!isOffice(decl)) continue;
      const tag = tagOf(decl) ?? (ts.isClassDeclaration(decl.parent) || ts.isEnumDeclaration(decl.parent) ? tagOf(decl.parent) : null);
      if (!tag) continue;
      const v = versionOf(tag.version);
      const b = best && versionOf(best.version);
      if (!best || !v || (b && !atLeast(b, v))) best = tag;
    }
    return best;
  };

  // ---- guards ----
  const sourceOf = new Map(files.map((f) => [path.normalize(f), program.getSourceFile(f)!]));

  /** isSetSupported('Set', 'x.y') written out, or through a function whose parameter reaches it. */
  const checksInCall = (call: ts.CallExpression): Requirement[] => {
    const callee = call.expression;
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
    const [a, b] = call.arguments;
    if (name === 'isSetSupported') {
      const version = b && ts.isStringLiteralLike(b) ? versionOf(b.text) : null;
      return a && ts.isStringLiteralLike(a) && version ? [{ set: a.text, version }] : [];
    }
    // A function of ours: function f(version) { ... isSetSupported('ExcelApi', version) ... }, or one with the version written in it.
    const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(callee) ? callee.name : callee);
    const decl = symbol?.declarations
      ?.map((d) => (ts.isVariableDeclaration(d) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)) ? d.initializer : d))
      .find((d): d is ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression => (ts.isFunctionDeclaration(d) || ts.isArrowFunction(d) || ts.isFunctionExpression(d)) && !!d.body);
    if (!decl || isOffice(decl)) return [];
    const found: Requirement[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'isSetSupported') {
        const [setArg, versionArg] = node.arguments;
        const index = versionArg && ts.isIdentifier(versionArg) ? decl.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === versionArg.text) : -1;
        const given = versionArg && ts.isStringLiteralLike(versionArg) ? versionArg : index >= 0 ? call.arguments[index] : undefined;
        const version = given && ts.isStringLiteralLike(given) ? versionOf(given.text) : null;
        if (setArg && ts.isStringLiteralLike(setArg) && version) found.push({ set: setArg.text, version });
      }
      ts.forEachChild(node, visit);
    };
    visit(decl.body!);
    return found;
  };

  /** Checks in an expression taken as true; a `!` in front hides what follows. */
  const checksIn = (expr: ts.Node, file: ts.SourceFile): Requirement[] => {
    const found: Requirement[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) return;
      if (ts.isCallExpression(node)) found.push(...checksInCall(node));
      if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) found.push(...flagChecks(node, file));
      ts.forEachChild(node, visit);
    };
    visit(expr);
    return found;
  };

  /** A flag (variable or property) assigned from a check, anywhere in the file. */
  const following = new Set<ts.Symbol>();
  // Every use above the floor asks again about the same flags: a flag's checks, once found with no other
  // flag being followed, are kept (inside a chain of flags a cut cycle can give less, so those are not).
  const flagsFound = new Map<ts.SourceFile, Map<ts.Symbol, Requirement[]>>();
  const flagChecks = (node: ts.Identifier | ts.PropertyAccessExpression, file: ts.SourceFile): Requirement[] => {
    const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node);
    if (!symbol || following.has(symbol) || symbol.declarations?.some(isOffice)) return [];
    const outermost = following.size === 0;
    const known = outermost ? flagsFound.get(file)?.get(symbol) : undefined;
    if (known) return [...known];
    following.add(symbol);
    try {
      const found = assignedChecks(symbol, file);
      if (outermost) flagsFound.set(file, (flagsFound.get(file) ?? new Map<ts.Symbol, Requirement[]>()).set(symbol, [...found]));
      return found;
    } finally {
      following.delete(symbol);
    }
  };
  /** The right-hand sides of the file's assignments (`a = ...`, `x.a = ...`) by the assigned symbol, in source order: one walk per file. */
  const assignmentsIn = new Map<ts.SourceFile, Map<ts.Symbol, ts.Expression[]>>();
  const assignmentsOf = (file: ts.SourceFile): Map<ts.Symbol, ts.Expression[]> => {
    let bySymbol = assignmentsIn.get(file);
    if (bySymbol) return bySymbol;
    const found = new Map<ts.Symbol, ts.Expression[]>();
    const visit = (n: ts.Node): void => {
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        const target = n.left;
        const targetSymbol = ts.isPropertyAccessExpression(target) ? checker.getSymbolAtLocation(target.name) : ts.isIdentifier(target) ? checker.getSymbolAtLocation(target) : undefined;
        if (targetSymbol) found.set(targetSymbol, [...(found.get(targetSymbol) ?? []), n.right]);
      }
      ts.forEachChild(n, visit);
    };
    visit(file);
    bySymbol = found;
    assignmentsIn.set(file, bySymbol);
    return bySymbol;
  };
  const assignedChecks = (symbol: ts.Symbol, file: ts.SourceFile): Requirement[] => {
    const found: Requirement[] = [];
    for (const decl of symbol.declarations ?? []) {
      if ((ts.isVariableDeclaration(decl) || ts.isPropertyDeclaration(decl)) && decl.initializer) found.push(...checksIn(decl.initializer, file));
    }
    for (const right of assignmentsOf(file).get(symbol) ?? []) found.push(...checksIn(right, file));
    return found;
  };

  const negatedCheck = (expr: ts.Expression, file: ts.SourceFile): Requirement[] => {
    const inner = ts.isParenthesizedExpression(expr) ? expr.expression : expr;
    return ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.ExclamationToken ? checksIn(inner.operand, file) : [];
  };
  const exits = (statement: ts.Statement): boolean =>
    ts.isReturnStatement(statement) || ts.isThrowStatement(statement) || (ts.isBlock(statement) && statement.statements.length > 0 && exits(statement.statements[statement.statements.length - 1]!));

  const guardsAt = (node: ts.Node, file: ts.SourceFile): Requirement[] => {
    const found: Requirement[] = [];
    let child: ts.Node = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent) && child === parent.thenStatement) found.push(...checksIn(parent.expression, file));
      if (ts.isConditionalExpression(parent) && child === parent.whenTrue) found.push(...checksIn(parent.condition, file));
      if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right) found.push(...checksIn(parent.left, file));
      if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
        for (const statement of parent.statements) {
          if (statement === child) break;
          if (ts.isIfStatement(statement) && !statement.elseStatement && exits(statement.thenStatement)) found.push(...negatedCheck(statement.expression, file));
        }
      }
    }
    return found;
  };

  // ---- uses ----
  const uses: ApiSetUse[] = [];
  for (const [fileName, file] of sourceOf) {
    const record = (at: ts.Node, member: string, requirement: { set: string; version: string } | null) => {
      if (!requirement) return;
      const need = versionOf(requirement.version);
      const guarded = need !== null && guardsAt(at, file).some((g) => g.set === requirement.set && atLeast(g.version, need));
      uses.push({ file: fileName, line: file.getLineAndCharacterOfPosition(at.getStart()).line + 1, member, set: requirement.set, version: requirement.version, guarded });
    };
    const memberName = (symbol: ts.Symbol) => {
      const parent = (symbol as ts.Symbol & { parent?: ts.Symbol }).parent;
      return parent ? `${checker.getFullyQualifiedName(parent)}.${symbol.name}` : symbol.name;
    };
    /** `load('a,b/c')`: each path resolved on the loaded object's type (collections through `items`). */
    const loadPaths = (call: ts.CallExpression, target: ts.Expression) => {
      const arg = call.arguments[0];
      const texts = !arg ? [] : ts.isStringLiteralLike(arg) ? arg.text.split(',') : ts.isArrayLiteralExpression(arg) ? arg.elements.filter(ts.isStringLiteralLike).map((e) => e.text) : [];
      for (const text of texts) {
        let type: ts.Type | undefined = checker.getTypeAtLocation(target);
        for (const step of text.trim().split('/')) {
          if (!type || !step) break;
          const property = checker.getPropertyOfType(checker.getNonNullableType(type), step);
          if (!property) break;
          record(arg!, memberName(property), requirementOf(property));
          let next = checker.getTypeOfSymbol(property);
          if (checker.isArrayType(next)) next = checker.getTypeArguments(next as ts.TypeReference)[0]!;
          type = next;
        }
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        if (symbol) record(node.name, memberName(symbol), requirementOf(symbol));
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'load') loadPaths(node, node.expression.expression);
      if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
        const contextual = checker.getContextualType(node.parent);
        const name = ts.isIdentifier(node.name) || ts.isStringLiteralLike(node.name) ? node.name.text : null;
        const property = contextual && name ? checker.getPropertyOfType(contextual, name) : undefined;
        if (property) record(node.name, memberName(property), requirementOf(property));
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}

/** Uses that need more than the manifest gives and are not guarded. */
export function unguardedAboveManifest(uses: readonly ApiSetUse[], manifest: ReadonlyMap<string, string>): ApiSetUse[] {
  return uses.filter((use) => {
    if (use.guarded) return false;
    const floor = manifest.get(use.set);
    const need = versionOf(use.version);
    return !(floor && need && atLeast(versionOf(floor)!, need));
  });
}

export function readManifestSets(root: string): Map<string, string> {
  return manifestSets(readFileSync(path.join(root, 'manifest.xml'), 'utf8'));
}
