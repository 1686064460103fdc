import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// Which message namespaces run in the browser, read from the source without building it: from an entry file (a page,
// layout, loading, error or not-found file) follow its imports (relative and `@/`, static and dynamic `import()`, not
// `import type`); a "use client" module and everything it imports runs in the browser, and there every
// `useTranslations("ns")` needs the messages at "ns" (or only at the keys its translator is called with) from the
// nearest NextIntlClientProvider. The entry's own `<ClientMessages route="…">` (lib/platform/i18n/client-messages.tsx)
// hands its client subtree the paths listed for it in lib/platform/i18n/route-message-paths.ts.

/** Components whose namespace is a prop (`messages="accessLists.delete"` where they are rendered), with their default. */
const NAMESPACE_FROM_PROP: Record<string, string[]> = {
  "components/ui/danger-panel.tsx": [],
  "components/ui/recheck-button.tsx": [],
  "components/ui/upstream-sync-status.tsx": ["scopes.sync"],
};

/** The keys those components read below the namespace they are given (their `T…Messages` types); others: all of it. */
const KEYS_OF_PROP: Record<string, string[]> = {
  DangerPanel: ["title", "text", "button", "confirmTitle", "confirmText", "cancel", "confirm"],
  RecheckButton: ["checking", "checkAgain"],
  LiveCheckSection: ["checking", "checkAgain"],
};

/** The provider that merges a subtree's messages into its parent's: the one client module that reads them all. */
const MESSAGE_PROVIDER = "lib/platform/i18n/merge-messages-provider.tsx";

type TModule = {
  imports: string[];
  isClient: boolean;
  namespaces: string[];
  /** `messages="…"` string props: namespaces handed to NAMESPACE_FROM_PROP components. */
  namespaceProps: string[];
  /** The `route` of each `<ClientMessages route="…">` in this module (its key in ROUTE_MESSAGE_PATHS). */
  declared: string[];
  problems: string[];
};

const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

/** The methods of a translator whose first argument is a key (use-intl's `Translator`). */
const KEY_METHODS = new Set(["rich", "markup", "raw", "has"]);

/** The paths a key expression can name below `namespace`: literals exactly, a template up to its last fixed dot. */
function keyPaths(key: ts.Expression | undefined, namespace: string): string[] {
  if (key && ts.isStringLiteralLike(key)) return [`${namespace}.${key.text}`];
  if (key && ts.isConditionalExpression(key))
    return [key.whenTrue, key.whenFalse].flatMap((branch) => keyPaths(branch, namespace));
  if (key && ts.isParenthesizedExpression(key)) return keyPaths(key.expression, namespace);
  if (key && ts.isTemplateExpression(key) && key.head.text.includes(".")) {
    return [`${namespace}.${key.head.text.slice(0, key.head.text.lastIndexOf("."))}`];
  }
  return [namespace];
}

/** `x.t`, `{ t: … }`, `<X t=…>`: a name that is not the variable. */
const isPropertyName = (node: ts.Identifier) =>
  (ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) ||
  (ts.isPropertyAssignment(node.parent) && node.parent.name === node) ||
  ts.isJsxAttribute(node.parent);

/**
 * What `const t = useTranslations("ns")` asks for: the keys of every `t("key")`, `t.rich("key")`, … in the scope that
 * declares `t`, or the whole namespace when `t` goes anywhere else (handed on, a key that is not a literal).
 */
function usedKeys(call: ts.CallExpression, namespace: string): string[] {
  let holder: ts.Node = call.parent;
  while (ts.isAsExpression(holder) || ts.isParenthesizedExpression(holder) || ts.isNonNullExpression(holder)) {
    holder = holder.parent;
  }
  if (!ts.isVariableDeclaration(holder) || !ts.isIdentifier(holder.name)) return [namespace];
  const name = holder.name.text;
  let scope: ts.Node = holder;
  while (!ts.isBlock(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  const paths: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && node.text === name && node !== holder.name && !isPropertyName(node)) {
      const parent = node.parent;
      if (ts.isCallExpression(parent) && parent.expression === node)
        paths.push(...keyPaths(parent.arguments[0], namespace));
      else if (
        ts.isPropertyAccessExpression(parent) &&
        KEY_METHODS.has(parent.name.text) &&
        ts.isCallExpression(parent.parent) &&
        parent.parent.expression === parent
      ) {
        paths.push(...keyPaths(parent.parent.arguments[0], namespace));
      } else paths.push(namespace);
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return paths.length > 0 ? paths : [namespace];
}

export function createNamespaceReader(root: string) {
  const modules = new Map<string, TModule>();

  function resolveImport(from: string, specifier: string): string | null {
    let base: string;
    if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
    else if (specifier.startsWith(".")) base = path.resolve(path.dirname(path.join(root, from)), specifier);
    else return null;
    for (const candidate of [base, ...EXTENSIONS.map((extension) => base + extension)]) {
      if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return path.relative(root, candidate);
    }
    return null;
  }

  function read(file: string): TModule {
    const known = modules.get(file);
    if (known) return known;
    const text = readFileSync(path.join(root, file), "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const found: TModule = {
      imports: [],
      isClient: source.statements.some(
        (statement) =>
          ts.isExpressionStatement(statement) &&
          ts.isStringLiteral(statement.expression) &&
          statement.expression.text === "use client",
      ),
      namespaces: [],
      namespaceProps: [],
      declared: [],
      problems: [],
    };
    const addImport = (specifier: string) => {
      const resolved = resolveImport(file, specifier);
      if (resolved) found.imports.push(resolved);
    };
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
        addImport((node.moduleSpecifier as ts.StringLiteral).text);
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
        addImport((node.moduleSpecifier as ts.StringLiteral).text);
      } else if (ts.isCallExpression(node)) {
        const [argument] = node.arguments;
        if (node.expression.kind === ts.SyntaxKind.ImportKeyword && argument && ts.isStringLiteralLike(argument)) {
          addImport(argument.text);
        } else if (ts.isIdentifier(node.expression) && node.expression.text === "useTranslations") {
          if (argument && ts.isStringLiteralLike(argument)) found.namespaces.push(...usedKeys(node, argument.text));
          else if (!(file in NAMESPACE_FROM_PROP)) {
            found.problems.push(
              `${file}: useTranslations(${argument ? argument.getText(source) : ""}) is not a literal`,
            );
          }
        } else if (
          ts.isIdentifier(node.expression) &&
          node.expression.text === "useMessages" &&
          file !== MESSAGE_PROVIDER
        ) {
          found.problems.push(`${file}: useMessages() sees only its provider's messages`);
        }
      } else if (ts.isJsxAttribute(node) && node.name.getText(source) === "messages") {
        const value = node.initializer;
        const literal = value && ts.isJsxExpression(value) ? value.expression : value;
        if (literal && ts.isStringLiteralLike(literal)) {
          const keys = KEYS_OF_PROP[node.parent.parent.tagName.getText(source)];
          found.namespaceProps.push(...(keys ? keys.map((key) => `${literal.text}.${key}`) : [literal.text]));
        }
      } else if (
        (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) &&
        node.tagName.getText(source) === "ClientMessages"
      ) {
        const route = node.attributes.properties.find(
          (attribute) => ts.isJsxAttribute(attribute) && attribute.name.getText(source) === "route",
        );
        const value = route && ts.isJsxAttribute(route) ? route.initializer : undefined;
        if (value && ts.isStringLiteral(value)) found.declared.push(value.text);
        else found.problems.push(`${file}: <ClientMessages route> is not a string literal`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    modules.set(file, found);
    return found;
  }

  /** What the browser part of an entry file's module graph asks for, and what the entry declares. */
  function entry(file: string) {
    const namespaces = new Set<string>();
    const problems = new Set<string>();
    const seen = new Set<string>();
    const walk = (current: string, inBrowser: boolean) => {
      const key = `${inBrowser}:${current}`;
      if (seen.has(key)) return;
      seen.add(key);
      const source = read(current);
      const browser = inBrowser || source.isClient;
      if (browser) {
        source.namespaces.forEach((namespace) => namespaces.add(namespace));
        source.namespaceProps.forEach((namespace) => namespaces.add(namespace));
        (NAMESPACE_FROM_PROP[current] ?? []).forEach((namespace) => namespaces.add(namespace));
        source.problems.forEach((problem) => problems.add(problem));
      }
      for (const imported of source.imports) walk(imported, browser);
    };
    walk(file, false);
    return { used: [...namespaces].sort(), declared: read(file).declared, problems: [...problems] };
  }

  return { entry };
}

/** `namespace` is given by `path`: the same path or a branch of it. */
export const covers = (path: string, namespace: string) => namespace === path || namespace.startsWith(`${path}.`);

/** The fewest paths that give every namespace: those no other used namespace already includes. */
export function minimalPaths(namespaces: readonly string[]): string[] {
  const unique = [...new Set(namespaces)];
  return unique.filter((namespace) => !unique.some((other) => other !== namespace && covers(other, namespace))).sort();
}
