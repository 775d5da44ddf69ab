// Walks the YAML syntax tree against the spec: every finding carries the file, line and column of the
// key or value it is about. Produces plain values, and the location of every key it accepted.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { Diagnostic, SourceLocation } from '../types.js';
import { suggest } from '../suggest.js';
import type { ArraySpec, IntegerSpec, MapSpec, ObjectSpec, Spec, StringSpec } from './spec.js';

export interface WalkContext {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
  /** dot path → location of the key (or of the list item). */
  keyLocations: Record<string, SourceLocation>;
  /** dot path → location of the value. */
  valueLocations: Record<string, SourceLocation>;
}

/** A flag as written: its name resolved later against the catalog. */
export interface RawFlag {
  name: string;
  value: unknown;
  path: string;
}

export function locationOf(
  ctx: WalkContext,
  node: Node | null | undefined,
  fallback?: SourceLocation,
): SourceLocation {
  const offset = node?.range?.[0];
  if (offset === undefined) return fallback ?? { file: ctx.file, line: 1, column: 1 };
  const pos = ctx.lineCounter.linePos(offset);
  return { file: ctx.file, line: pos.line, column: pos.col };
}

export function joinPath(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

function report(
  ctx: WalkContext,
  d: Omit<Diagnostic, 'severity'> & { severity?: Diagnostic['severity'] },
): void {
  ctx.diagnostics.push({ severity: 'error', ...d });
}

/** Human wording of what the user wrote, for "expected X, found Y". */
function describe(node: unknown): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'nothing';
    if (typeof v === 'string') return `the text '${v}'`;
    if (typeof v === 'number') return `the number ${v}`;
    if (typeof v === 'boolean') return `${v}`;
    return `the value ${String(v)}`;
  }
  return 'an unsupported value';
}

function resolve(ctx: WalkContext, node: unknown): Node | null {
  if (isAlias(node)) return (node.resolve(ctx.doc) as Node | undefined) ?? null;
  return (node as Node | null) ?? null;
}

function isNull(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

function typeError(
  ctx: WalkContext,
  node: Node | null,
  path: string,
  expected: string,
  hint?: string,
): undefined {
  report(ctx, {
    code: 'config.wrong-type',
    message: `${path || 'the file'} must be ${expected}, found ${describe(node)}`,
    location: locationOf(ctx, node, ctx.keyLocations[path]),
    hint,
  });
  return undefined;
}

/** The pairs of a mapping, with duplicate keys reported (both lines) and only the first one kept. */
function pairsOf(ctx: WalkContext, node: Node, path: string): { key: string; pair: Pair; keyNode: Node }[] {
  if (!isMap(node)) return [];
  const seen = new Map<string, SourceLocation>();
  const result: { key: string; pair: Pair; keyNode: Node }[] = [];
  for (const pair of node.items) {
    const keyNode = pair.key as Node;
    if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
      report(ctx, {
        code: 'config.bad-key',
        message: `keys in ${path || 'the file'} must be plain names, found ${describe(keyNode)}`,
        location: locationOf(ctx, keyNode, locationOf(ctx, node)),
      });
      continue;
    }
    const key = String(keyNode.value);
    const here = locationOf(ctx, keyNode);
    const first = seen.get(key);
    if (first) {
      report(ctx, {
        code: 'config.duplicate-key',
        message: `duplicate key '${key}' in ${path || 'the file'}; first set at line ${first.line}`,
        location: here,
        hint: 'keep one of the two',
      });
      continue;
    }
    seen.set(key, here);
    result.push({ key, pair, keyNode });
  }
  return result;
}

export function walk(ctx: WalkContext, raw: unknown, spec: Spec, path: string): unknown {
  const node = resolve(ctx, raw);
  if (node && path !== '') ctx.valueLocations[path] = locationOf(ctx, node);
  switch (spec.kind) {
    case 'object':
      return walkObject(ctx, node, spec, path);
    case 'map':
      return walkMap(ctx, node, spec, path);
    case 'flags':
      return walkFlags(ctx, node, path);
    case 'array':
      return walkArray(ctx, node, spec, path);
    case 'string':
      return walkString(ctx, node, spec, path);
    case 'integer':
      return walkInteger(ctx, node, spec, path);
    case 'boolean':
      if (isScalar(node) && typeof node.value === 'boolean') return node.value;
      return typeError(ctx, node, path, 'true or false', 'write true or false without quotes');
    case 'any':
      return plain(ctx, node, path);
  }
}

function walkObject(ctx: WalkContext, node: Node | null, spec: ObjectSpec, path: string): unknown {
  if (!isNull(node) && !isMap(node)) return typeError(ctx, node, path, 'a mapping of keys');
  const result: Record<string, unknown> = {};
  const valid = Object.keys(spec.properties);
  for (const { key, pair, keyNode } of node && isMap(node) ? pairsOf(ctx, node, path) : []) {
    const childPath = joinPath(path, key);
    const child = spec.properties[key];
    if (!child) {
      const guess = suggest(key, valid);
      report(ctx, {
        code: 'config.unknown-key',
        message: `unknown key '${key}' in ${path || 'the top level'}`,
        location: locationOf(ctx, keyNode),
        hint: `${guess ? `did you mean '${guess}'? ` : ''}valid keys: ${valid.join(', ')}`,
      });
      continue;
    }
    ctx.keyLocations[childPath] = locationOf(ctx, keyNode);
    const value = walk(ctx, pair.value, child, childPath);
    if (value !== undefined) result[key] = value;
  }
  for (const key of spec.required ?? []) {
    const present = node && isMap(node) && node.items.some((p) => isScalar(p.key) && p.key.value === key);
    if (!present) {
      report(ctx, {
        code: 'config.missing-key',
        message: `${path || 'the file'} is missing the required key '${key}'`,
        location: ctx.keyLocations[path] ?? locationOf(ctx, node),
        hint: spec.properties[key].description,
      });
    }
  }
  return result;
}

function walkMap(ctx: WalkContext, node: Node | null, spec: MapSpec, path: string): unknown {
  if (!isNull(node) && !isMap(node)) return typeError(ctx, node, path, 'a mapping of names to values');
  const result: Record<string, unknown> = {};
  const pairs = node && isMap(node) ? pairsOf(ctx, node, path) : [];
  for (const { key, pair, keyNode } of pairs) {
    const childPath = joinPath(path, key);
    if (spec.keyPattern && !new RegExp(spec.keyPattern.regex).test(key)) {
      report(ctx, {
        code: 'config.bad-name',
        message: `'${key}' in ${path} is not a valid name: use ${spec.keyPattern.text}`,
        location: locationOf(ctx, keyNode),
      });
      continue;
    }
    ctx.keyLocations[childPath] = locationOf(ctx, keyNode);
    const value = walk(ctx, pair.value, spec.valuesByKey?.[key] ?? spec.values, childPath);
    if (value !== undefined) result[key] = value;
  }
  if (spec.minEntries && pairs.length < spec.minEntries) {
    report(ctx, {
      code: 'config.missing-key',
      message: `${path} must have at least ${spec.minEntries} entr${spec.minEntries === 1 ? 'y' : 'ies'}`,
      location: ctx.keyLocations[path] ?? locationOf(ctx, node),
      hint: spec.description,
    });
  }
  return result;
}

function walkFlags(ctx: WalkContext, node: Node | null, path: string): RawFlag[] | undefined {
  if (isNull(node)) return [];
  if (!isMap(node)) return typeError(ctx, node, path, 'a mapping of service ids to true or false');
  const flags: RawFlag[] = [];
  for (const { key, pair, keyNode } of pairsOf(ctx, node, path)) {
    const childPath = joinPath(path, key);
    ctx.keyLocations[childPath] = locationOf(ctx, keyNode);
    const valueNode = resolve(ctx, pair.value);
    ctx.valueLocations[childPath] = locationOf(ctx, valueNode, ctx.keyLocations[childPath]);
    const value = isScalar(valueNode) ? valueNode.value : { notScalar: describe(valueNode) };
    flags.push({ name: key, value, path: childPath });
  }
  return flags;
}

function walkArray(ctx: WalkContext, node: Node | null, spec: ArraySpec, path: string): unknown {
  if (isNull(node)) return [];
  if (!isSeq(node)) return typeError(ctx, node, path, 'a list', 'write [a, b] or one "- item" per line');
  const result: unknown[] = [];
  const seen = new Map<string, number>();
  node.items.forEach((item, index) => {
    const childPath = joinPath(path, index);
    ctx.keyLocations[childPath] = locationOf(ctx, item as Node, locationOf(ctx, node));
    const value = walk(ctx, item, spec.items, childPath);
    if (value === undefined) return;
    if (spec.uniqueItems) {
      const id = JSON.stringify(value);
      const first = seen.get(id);
      if (first !== undefined) {
        report(ctx, {
          code: 'config.duplicate-item',
          message: `${path} lists ${JSON.stringify(value)} twice`,
          location: ctx.keyLocations[childPath],
          hint: `remove one; the first is item ${first + 1}`,
        });
        return;
      }
      seen.set(id, index);
    }
    result.push(value);
  });
  return result;
}

function walkString(ctx: WalkContext, node: Node | null, spec: StringSpec, path: string): string | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') {
    const hint = isScalar(node) && typeof node.value === 'number' ? spec.numberHint : undefined;
    return typeError(ctx, node, path, spec.enum ? `one of ${spec.enum.join(', ')}` : 'text', hint);
  }
  const value = node.value;
  if (spec.enum && !spec.enum.includes(value)) {
    const guess = suggest(value, spec.enum);
    report(ctx, {
      code: 'config.bad-value',
      message: `${path} is '${value}', which is not one of the choices`,
      location: locationOf(ctx, node),
      hint: `${guess ? `did you mean '${guess}'? ` : ''}valid choices: ${spec.enum.join(', ')}`,
    });
    return undefined;
  }
  if (spec.pattern && !new RegExp(spec.pattern).test(value)) {
    report(ctx, {
      code: 'config.bad-value',
      message: `${path} is '${value}', which is not ${spec.patternText ?? `matching ${spec.pattern}`}`,
      location: locationOf(ctx, node),
      hint: spec.description,
    });
    return undefined;
  }
  return value;
}

function walkInteger(
  ctx: WalkContext,
  node: Node | null,
  spec: IntegerSpec,
  path: string,
): number | undefined {
  if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value)) {
    const quoted = isScalar(node) && typeof node.value === 'string' && /^\d+$/.test(node.value);
    return typeError(
      ctx,
      node,
      path,
      'a whole number',
      quoted ? 'write the number without quotes' : undefined,
    );
  }
  const value = node.value;
  if (spec.const !== undefined && value !== spec.const) {
    report(ctx, {
      code: 'config.unsupported-version',
      message: `${path} ${value} is not supported; this version of aifactory-flags reads ${path} ${spec.const}`,
      location: locationOf(ctx, node),
      hint: `write ${path}: ${spec.const}, or use the aifactory-flags release that introduced version ${value}`,
    });
    return undefined;
  }
  const tooLow = spec.minimum !== undefined && value < spec.minimum;
  const tooHigh = spec.maximum !== undefined && value > spec.maximum;
  if (tooLow || tooHigh) {
    const range =
      spec.maximum === undefined
        ? `at least ${spec.minimum}`
        : `from ${spec.minimum ?? '…'} to ${spec.maximum}`;
    report(ctx, {
      code: 'config.bad-value',
      message: `${path} is ${value}, which is out of range: it must be ${range}`,
      location: locationOf(ctx, node),
      hint: spec.description,
    });
    return undefined;
  }
  return value;
}

/** Plain JavaScript value of a node nobody has a schema for (duplicate keys still reported). */
function plain(ctx: WalkContext, node: Node | null, path: string): unknown {
  if (node === null) return null;
  if (isScalar(node)) return node.value;
  if (isSeq(node)) {
    return node.items.map((item, i) => {
      const childPath = joinPath(path, i);
      const child = resolve(ctx, item);
      ctx.keyLocations[childPath] = locationOf(ctx, child, locationOf(ctx, node));
      return plain(ctx, child, childPath);
    });
  }
  if (isMap(node)) {
    const result: Record<string, unknown> = {};
    for (const { key, pair, keyNode } of pairsOf(ctx, node, path)) {
      const childPath = joinPath(path, key);
      ctx.keyLocations[childPath] = locationOf(ctx, keyNode);
      result[key] = plain(ctx, resolve(ctx, pair.value), childPath);
    }
    return result;
  }
  return undefined;
}
