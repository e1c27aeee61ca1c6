/** A seed the ingest cannot turn into a page: names the file, says why, and says what to do. */
export class SeedError extends Error {
  /** The seed's path, as given to the ingest. */
  readonly file: string;
  /** What is wrong, in words. */
  readonly reason: string;
  /** What the editor should do about it. */
  readonly fix: string;

  constructor(file: string, reason: string, fix: string) {
    super(`${file}: ${reason}\n  Fix: ${fix}`);
    this.name = 'SeedError';
    this.file = file;
    this.reason = reason;
    this.fix = fix;
  }
}
