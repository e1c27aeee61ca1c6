// Neither package ships types; these declare the parts the project uses.

declare module 'stopword' {
  /** English stop words, lowercase. */
  export const eng: string[];
}

declare module 'edtf' {
  /** A parsed EDTF value: its type ("Date", "Interval", "Set", …) and its earliest and latest instants in ms. */
  interface Edtf {
    readonly type: string;
    readonly min: number;
    readonly max: number;
    readonly edtf: string;
  }
  /** Parses an EDTF string; throws on invalid input. */
  export default function edtf(input: string): Edtf;
}
