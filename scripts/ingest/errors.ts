/**
 * An input the ingest cannot use, a seed or one of the editors' content files: names the file (and the line, where
 * one applies), says what is wrong, and says what to do. Every mistake an editor can make is reported as one.
 */
export class InputError extends Error {
  /** The file's path, as given to the ingest. */
  readonly file: string;
  /** The 1-based line the problem is on, when it is on one. */
  readonly line: number | undefined;
  /** What is wrong, in words. */
  readonly reason: string;
  /** What the editor should do about it. */
  readonly fix: string;

  constructor(file: string, reason: string, fix: string, line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}\n  Fix: ${fix}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
    this.reason = reason;
    this.fix = fix;
  }
}
