import { SaxesParser } from 'saxes';

/**
 * Well-formedness errors in an XML document, as a strictly conforming XML 1.0 parser
 * finds them: unlike lenient feed readers, saxes rejects the control characters that
 * make a feed unreadable in some readers.
 */
export function xmlErrors(text: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (error) => errors.push(error.message));
  parser.write(text).close();
  return errors;
}
