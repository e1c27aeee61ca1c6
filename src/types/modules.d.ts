// These packages ship no types; these declare the parts the project uses.

declare module 'stopword' {
  /** English stop words, lowercase. */
  export const eng: string[];
}

declare module 'snowball-stemmers' {
  /** A Snowball stemmer for one language. */
  interface Stemmer {
    /** The stem of a lowercase word. */
    stem(word: string): string;
  }
  /** The stemmer for a language Snowball knows by its English name ("russian"). */
  export function newStemmer(language: string): Stemmer;
}

declare module 'edtf' {
  /** A parsed EDTF value: its type ("Date", "Interval", "Set", …) and its earliest and latest instants in ms. */
  interface Edtf {
    readonly type: string;
    readonly min: number;
    readonly max: number;
    readonly edtf: string;
    /** A set's members ("one of" `[a,b]`, "all of" `{a,b}`), a range among them as its two ends. */
    values?: (Edtf | [Edtf, Edtf])[];
  }
  /** What the parser makes of a string, which edtf() also takes in its place (src/lib/edtf.ts, `plainDate`). */
  interface Parsed {
    type: string;
    level: number;
    values: number[];
  }
  /** Parses an EDTF string, or makes the value of an already parsed one; throws on invalid input. */
  export default function edtf(input: string | Parsed): Edtf;
  /** The parser alone: what it makes of a string, before a value is made of that. */
  export function parse(input: string): Parsed;
}

declare module '@citation-js/core' {
  /** Output options: a CSL template and locale for bibliographies, `text` or `html`, `spec` for RIS. */
  interface FormatOptions {
    format?: 'text' | 'html' | 'object';
    template?: string;
    lang?: string;
    spec?: 'mixed' | 'new' | 'old';
  }
  /** A set of references, read from CSL-JSON (or any format a plugin reads) and written in any format a plugin writes. */
  export class Cite {
    constructor(data: object);
    /** `bibliography` (CSL), `bibtex`, `biblatex`, `ris`, `data` (CSL-JSON): a string, or objects for `format: 'object'`. */
    format(name: string, options?: FormatOptions): unknown;
  }
  /** The plugins' settings; `@bibtex`'s `format.asciiOnly` (default true) drops characters it has no LaTeX for. */
  export const plugins: { config: { get(name: '@bibtex'): { format: { asciiOnly: boolean } } } };
}

// Plugins register their formats with @citation-js/core when imported.
declare module '@citation-js/plugin-bibtex' {}
declare module '@citation-js/plugin-csl' {}
declare module '@citation-js/plugin-ris' {}

// Astro components, for plain `tsc` reading a .ts module that imports them (astro check types them in full).
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
