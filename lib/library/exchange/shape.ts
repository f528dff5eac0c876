/**
 * A small validator for the import file: each check returns a clean, typed copy of the value
 * (unknown fields dropped) or throws a LibraryFileError naming the path of the first problem,
 * e.g. "snippets[3].text: expected a string, got a number".
 */

export class LibraryFileError extends Error {
  override name = 'LibraryFileError';
  constructor(
    /** Where in the file, e.g. "snippets[3].text"; empty for the file as a whole. */
    readonly path: string,
    readonly problem: string,
  ) {
    super(path ? `${path}: ${problem}` : problem);
  }
}

export type Check<T> = (value: unknown, path: string) => T;

/** Levels of arrays and objects a library file may nest; its own rows need 5. */
export const MAX_DEPTH = 32;

interface Nested {
  value: object;
  depth: number;
  parent: Nested | undefined;
  key: string | number;
}

function pathOf(node: Nested): string {
  let path = '';
  for (let n: Nested | undefined = node; n?.parent; n = n.parent)
    path = typeof n.key === 'number' ? `[${n.key}]${path}` : n.parent.parent ? `.${n.key}${path}` : `${n.key}${path}`;
  return path;
}

/**
 * Throws for the first array or object nested deeper than `max`. It walks with its own stack,
 * never recursing, so a file nested 100,000 levels deep gets this message, not a stack overflow,
 * and every recursive walk after it (the checksum's canonical JSON) is bounded.
 */
export function checkDepth(value: unknown, max: number = MAX_DEPTH): void {
  if (value === null || typeof value !== 'object') return;
  const stack: Nested[] = [{ value, depth: 1, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.depth > max) fail(pathOf(node), `nested too deeply (more than ${max} levels of arrays and objects)`);
    const value = node.value as Record<string, unknown>;
    const keys: Array<string | number> = Array.isArray(value) ? [] : Object.keys(value);
    const count = Array.isArray(value) ? value.length : keys.length;
    // Pushed last to first, so the first problem in the file's own order is the one named.
    for (let i = count - 1; i >= 0; i--) {
      const key = Array.isArray(value) ? i : keys[i]!;
      const child = value[key];
      if (child !== null && typeof child === 'object')
        stack.push({ value: child, depth: node.depth + 1, parent: node, key });
    }
  }
}

export function fail(path: string, problem: string): never {
  throw new LibraryFileError(path, problem);
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return `a ${typeof value}`;
  return typeof value;
}

export const string =
  (opts: { max: number; nonEmpty?: boolean }): Check<string> =>
  (value, path) => {
    if (typeof value !== 'string') return fail(path, `expected a string, got ${kind(value)}`);
    if (opts.nonEmpty && !value.trim()) return fail(path, 'must not be empty');
    if (value.length > opts.max) return fail(path, `${value.length} characters; at most ${opts.max}`);
    return value;
  };

export const number =
  (opts: { min: number; max: number; integer?: boolean }): Check<number> =>
  (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value))
      return fail(path, `expected a number, got ${kind(value)}`);
    if (opts.integer && !Number.isInteger(value)) return fail(path, `expected a whole number, got ${value}`);
    if (value < opts.min || value > opts.max) return fail(path, `${value} is outside ${opts.min}…${opts.max}`);
    return value;
  };

export const id = number({ min: 1, max: Number.MAX_SAFE_INTEGER, integer: true });
export const time = number({ min: 0, max: 8.64e15, integer: true });

export const oneOf =
  <T extends string | number>(values: readonly T[]): Check<T> =>
  (value, path) => {
    if (!values.includes(value as T))
      return fail(
        path,
        `expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)?.slice(0, 40)}`,
      );
    return value as T;
  };

export const array =
  <T>(item: Check<T>, max: number): Check<T[]> =>
  (value, path) => {
    if (!Array.isArray(value)) return fail(path, `expected an array, got ${kind(value)}`);
    if (value.length > max) return fail(path, `${value.length} items; at most ${max}`);
    return value.map((v, i) => item(v, `${path}[${i}]`));
  };

type Shape = Record<string, Check<unknown>>;
type FromShape<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/** Keys listed in `optional` may be absent; everything else must be there. */
export const object =
  <S extends Shape, O extends keyof S = never>(shape: S, optional: readonly O[] = []) =>
  (value: unknown, path: string): Omit<FromShape<S>, O> & Partial<Pick<FromShape<S>, O>> => {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return fail(path, `expected an object, got ${kind(value)}`);
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const at = path ? `${path}.${key}` : key;
      if (!Object.hasOwn(source, key) || source[key] === undefined) {
        if ((optional as readonly string[]).includes(key)) continue;
        return fail(at, 'missing');
      }
      out[key] = shape[key]!(source[key], at);
    }
    return out as Omit<FromShape<S>, O> & Partial<Pick<FromShape<S>, O>>;
  };
