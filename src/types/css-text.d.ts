/** A stylesheet imported as text: the embeddable element's bundle (src/pages/embed/[script].js.ts) loads it so. */
declare module '*.css' {
  const text: string;
  export default text;
}
