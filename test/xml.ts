import { SaxesParser } from 'saxes';

/** What a strict XML parser (saxes, XML 1.0 well-formedness) finds wrong with a document; empty when it is XML. */
export function xmlErrors(text: string): string[] {
  const parser = new SaxesParser();
  const errors: string[] = [];
  parser.on('error', (error) => {
    errors.push(error.message);
  });
  parser.write(text).close();
  return errors;
}
