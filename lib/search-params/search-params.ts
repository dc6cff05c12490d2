/**
 * One codec for every URL's search params (STYLE.md, "One source of truth"): a list names its
 * params once, each with a codec; `parse` turns whatever the address holds into typed values (an
 * unknown or malformed value becomes the default, never an error page) and `serialize`/`href`
 * write values back, defaults left out, for links, filter forms, pagination and exports alike.
 */

/** What Next.js hands a page, or a route's `URL.searchParams`. */
export type RawSearchParams = URLSearchParams | Readonly<Record<string, string | string[] | undefined>>;

export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string };

export interface ParamCodec<T> {
  /** The value when the param is absent, empty or refused. */
  readonly fallback: T;
  /** The address's name for the param, when it is not the key the list gives it. */
  readonly param: string | undefined;
  /** A present, cleaned value (control characters out, trimmed, never empty) → its value, or why it is refused (in French). */
  decode(raw: string): Decoded<T>;
  /** A value → its text in the address; null for the fallback, which the address leaves out. */
  encode(value: T): string | null;
  /** The same codec under another name in the address (`collectivite` for `organizationId`). */
  named(param: string): ParamCodec<T>;
}

export function paramCodec<T>(spec: { fallback: T; decode(raw: string): Decoded<T>; encode(value: T): string | null }, param?: string): ParamCodec<T> {
  return { ...spec, param, named: (name) => paramCodec(spec, name) };
}

// C0 and C1 controls (NUL included: PostgreSQL refuses it in text) and UTF-16 halves without their pair.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as a URL may carry it to a query: control characters become spaces, halves of a character go, ends trimmed. */
export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, '').replace(CONTROL, ' ').trim();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a shape holds codecs of any value type
type Shape = Record<string, ParamCodec<any>>;

type ShapeValues<S extends Shape> = { [K in keyof S]: S[K] extends ParamCodec<infer T> ? T : never };

/** The typed values of a list's codec: `SearchValues<typeof queueSearch>`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any list
export type SearchValues<C extends SearchParamsCodec<any>> = C extends SearchParamsCodec<infer S> ? ShapeValues<S> : never;

/** A param the address held but the list refused, and why. */
export interface IgnoredParam<K> {
  key: K;
  param: string;
  /** The value as the address held it (control characters cleaned), to show it back. */
  input: string;
  message: string;
}

export interface SearchParamsCodec<S extends Shape> {
  /** Each key's name in the address, for the `name` of a form's fields. */
  readonly names: { readonly [K in keyof S]: string };
  readonly defaults: ShapeValues<S>;
  /** The values and the params refused on the way (each then at its default). */
  read(input: RawSearchParams): { values: ShapeValues<S>; ignored: Array<IgnoredParam<keyof S & string>> };
  parse(input: RawSearchParams): ShapeValues<S>;
  /** The query string without '?', in the list's order, defaults left out ('' when all are defaults). */
  serialize(values: Partial<ShapeValues<S>>): string;
  /** `path`, followed by '?' and the query string when there is one. */
  href(path: string, values: Partial<ShapeValues<S>>): string;
  /** Each key's name and text, for a GET form's fields ('' for a default). */
  fields(values: Partial<ShapeValues<S>>): { readonly [K in keyof S]: { name: string; value: string } };
  /** Values from a caller, as a URL round trip would leave them: what a query checks before it trusts them. */
  normalize(values: Partial<ShapeValues<S>>): ShapeValues<S>;
}

function firstValue(input: RawSearchParams, name: string): string | undefined {
  if (input instanceof URLSearchParams) return input.get(name) ?? undefined;
  if (!Object.hasOwn(input, name)) return undefined;
  const value: unknown = input[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

export function defineSearchParams<S extends Shape>(shape: S): SearchParamsCodec<S> {
  const keys = Object.keys(shape) as Array<keyof S & string>;
  const codecOf = (key: keyof S & string) => shape[key] as ParamCodec<unknown>;
  const names = Object.fromEntries(keys.map((key) => [key, codecOf(key).param ?? key])) as { [K in keyof S]: string };
  const defaults = Object.fromEntries(keys.map((key) => [key, codecOf(key).fallback])) as ShapeValues<S>;

  function read(input: RawSearchParams) {
    const values: Record<string, unknown> = { ...defaults };
    const ignored: Array<IgnoredParam<keyof S & string>> = [];
    for (const key of keys) {
      const raw = cleanText(firstValue(input, names[key]) ?? '');
      if (raw === '') continue;
      const decoded = codecOf(key).decode(raw);
      if (decoded.ok) values[key] = decoded.value;
      else ignored.push({ key, param: names[key], input: raw, message: decoded.message });
    }
    return { values: values as ShapeValues<S>, ignored };
  }

  function texts(values: Partial<ShapeValues<S>>): Array<[keyof S & string, string | null]> {
    return keys.map((key) => {
      const value = values[key];
      return [key, value === undefined ? null : codecOf(key).encode(value)];
    });
  }

  function serialize(values: Partial<ShapeValues<S>>): string {
    const query = new URLSearchParams();
    for (const [key, text] of texts(values)) if (text !== null) query.append(names[key], text);
    return query.toString();
  }

  return {
    names,
    defaults,
    read,
    parse: (input) => read(input).values,
    serialize,
    href(path, values) {
      const query = serialize(values);
      return query ? `${path}?${query}` : path;
    },
    fields(values) {
      return Object.fromEntries(texts(values).map(([key, text]) => [key, { name: names[key], value: text ?? '' }])) as {
        [K in keyof S]: { name: string; value: string };
      };
    },
    normalize: (values) => read(new URLSearchParams(serialize(values))).values,
  };
}

/**
 * A short French notice for the params an address held but the page ignored, or null: each by its
 * label on the page (`Filtre « Du » ignoré. …`), or by its message alone when it has none.
 */
export function ignoredNotice<K extends string>(ignored: ReadonlyArray<IgnoredParam<K>>, labels: Partial<Record<K, string>>): string | null {
  if (ignored.length === 0) return null;
  return ignored.map(({ key, message }) => (labels[key] ? `Filtre « ${labels[key]} » ignoré. ${message}` : message)).join(' ');
}
