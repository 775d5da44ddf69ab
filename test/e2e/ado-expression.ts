// The Azure Pipelines expression language as far as the templates use it: literals, property paths with
// `.name` and `['name']`/`[0]`, and function calls. Compile-time (`${{ }}`: parameters, each-loop variables)
// and run-time (conditions: variables, dependencies, status functions) share it; an unknown function or
// name is an error, so a template that grows past what this knows breaks the test instead of passing.

type Expr =
  | { kind: 'literal'; value: unknown }
  | { kind: 'path'; root: string; keys: (string | number)[] }
  | { kind: 'call'; name: string; args: Expr[] };

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const re =
    /\s*(?:('(?:[^']|'')*')|([A-Za-z_][A-Za-z0-9_.-]*)|(-?\d+(?:\.\d+)?)|([(),[\]])|(\.[A-Za-z_][A-Za-z0-9_-]*))/y;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) throw new Error(`cannot read the expression '${text}' at ${at}`);
    tokens.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
    at = re.lastIndex;
  }
  return tokens;
}

export function parseExpression(text: string): Expr {
  const tokens = tokenize(text);
  let i = 0;
  const next = () => tokens[i++];
  const expect = (t: string) => {
    if (tokens[i] !== t) throw new Error(`expected '${t}' in '${text}'`);
    i++;
  };
  function primary(): Expr {
    const t = next();
    if (t === undefined) throw new Error(`unexpected end of '${text}'`);
    if (t.startsWith("'")) return { kind: 'literal', value: t.slice(1, -1).replace(/''/g, "'") };
    if (/^-?\d/.test(t)) return { kind: 'literal', value: Number(t) };
    if (t === 'true' || t === 'false') return { kind: 'literal', value: t === 'true' };
    if (tokens[i] === '(') {
      i++;
      const args: Expr[] = [];
      while (tokens[i] !== ')') {
        args.push(primary());
        if (tokens[i] === ',') i++;
      }
      expect(')');
      return { kind: 'call', name: t.toLowerCase(), args };
    }
    const [root, ...rest] = t.split('.');
    const keys: (string | number)[] = [...rest];
    while (tokens[i] === '[' || tokens[i]?.startsWith('.')) {
      if (tokens[i].startsWith('.')) {
        keys.push(...next().slice(1).split('.'));
        continue;
      }
      i++;
      const key = primary();
      if (key.kind !== 'literal') throw new Error(`only literal indexes are supported in '${text}'`);
      keys.push(key.value as string | number);
      expect(']');
    }
    return { kind: 'path', root, keys };
  }
  const expr = primary();
  if (i !== tokens.length) throw new Error(`unexpected '${tokens[i]}' in '${text}'`);
  return expr;
}

export type Functions = Record<string, (...args: unknown[]) => unknown>;

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** Built-in functions the templates use; status functions come from the caller. */
export const BUILT_INS: Functions = {
  and: (...a) => a.every(Boolean),
  or: (...a) => a.some(Boolean),
  not: (a) => !a,
  eq: (a, b) => str(a).toLowerCase() === str(b).toLowerCase(),
  ne: (a, b) => str(a).toLowerCase() !== str(b).toLowerCase(),
  in: (a, ...b) => b.some((x) => str(a).toLowerCase() === str(x).toLowerCase()),
  coalesce: (...a) => a.find((x) => x !== undefined && x !== null && x !== ''),
  replace: (s, from, to) => str(s).split(str(from)).join(str(to)),
};

export function evaluateExpression(
  text: string,
  scope: Record<string, unknown>,
  functions: Functions,
): unknown {
  const run = (e: Expr): unknown => {
    if (e.kind === 'literal') return e.value;
    if (e.kind === 'call') {
      const fn = functions[e.name] ?? BUILT_INS[e.name];
      if (!fn) throw new Error(`unknown function ${e.name}() in '${text}'`);
      return fn(...e.args.map(run));
    }
    if (!(e.root in scope)) throw new Error(`unknown name '${e.root}' in '${text}'`);
    let value: unknown = scope[e.root];
    for (const k of e.keys) value = value === undefined || value === null ? undefined : (value as never)[k];
    return value;
  };
  return run(parseExpression(text));
}
