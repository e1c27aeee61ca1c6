/**
 * Progress of a long step (the ingest's articles, the build's stages), so that nothing runs silently for more than a
 * few seconds. On a terminal one line is redrawn in place, at most ten times a second: done/total, the rate and the
 * time left. Elsewhere (a CI log, a file) a line is printed every few seconds, and once at the end. A step without a
 * count (a child process) reports the time it has run.
 *
 * Written here rather than taken from a progress-bar package: those draw bars and spinners on a terminal but print a
 * log line only at fixed times of their own clock, take no clock to test with, and know nothing of a child whose
 * output comes between the lines. This is a formatter and a throttle, both tested with an injected clock.
 */

/** Where progress is written: `process.stderr`, or a test's recorder. */
export interface ProgressStream {
  write(text: string): unknown;
  /** True on a terminal: the line is redrawn in place. */
  isTTY?: boolean;
}

export interface ProgressOptions {
  /** What is being done: "ingest", "astro build". */
  label: string;
  /** How many items there are, when known. */
  total?: number;
  /** What the items are called, plural: "articles". */
  unit?: string;
  /** Where lines go: stderr unless a test gives its own. On stderr, `PROGRESS_TTY=1` draws as on a terminal: a parent that
   * pipes a child's output to its own terminal (scripts/build.ts) sets it. */
  stream?: ProgressStream;
  /** Milliseconds since some fixed time; `performance.now` unless a test gives its own. */
  now?: () => number;
  /** Off a terminal, the least time between two lines, in ms. */
  every?: number;
  /** On a terminal, the least time between two redraws, in ms. */
  redraw?: number;
}

/** What one line says. */
export interface ProgressState {
  label: string;
  done: number;
  total?: number | undefined;
  unit?: string | undefined;
  /** Milliseconds since the step began. */
  elapsed: number;
}

/** A duration in words a reader takes in at a glance: "8 s", "2 min 05 s", "1 h 02 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/**
 * One progress line: "ingest 120/200 articles (60 %), 35.2/s, about 2 s left"; without a total, "astro build: 40 s";
 * at the end (`finished`), "ingest 200/200 articles in 5 s, 40.0/s".
 */
export function formatProgress({ label, done, total, unit, elapsed }: ProgressState, finished = false): string {
  if (total === undefined)
    return finished ? `${label}: done in ${formatDuration(elapsed)}` : `${label}: ${formatDuration(elapsed)}`;
  const rate = elapsed > 0 ? done / (elapsed / 1000) : 0;
  const perSecond = rate >= 100 ? rate.toFixed(0) : rate.toFixed(1);
  const count = `${label} ${done}/${total}${unit ? ` ${unit}` : ''}`;
  if (finished) return `${count} in ${formatDuration(elapsed)}, ${perSecond}/s`;
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
  const left = rate > 0 ? `about ${formatDuration(((total - done) / rate) * 1000)} left` : 'starting';
  return `${count} (${percent} %), ${perSecond}/s, ${left}`;
}

/** A step's progress, written to `stream` (stderr by default) as the options say. */
export class Progress {
  readonly #options: Required<Pick<ProgressOptions, 'label' | 'every' | 'redraw'>> & ProgressOptions;
  readonly #stream: ProgressStream;
  readonly #now: () => number;
  readonly #start: number;
  readonly #tty: boolean;
  #done = 0;
  /** When a line was last written; the start counts, so a quick step prints only its last line. */
  #written: number;
  #drawn = false;
  #ended = false;

  constructor(options: ProgressOptions) {
    this.#options = { every: 5_000, redraw: 100, ...options };
    this.#stream = options.stream ?? process.stderr;
    this.#tty = this.#stream.isTTY === true || (options.stream === undefined && process.env.PROGRESS_TTY === '1');
    this.#now = options.now ?? (() => performance.now());
    this.#start = this.#now();
    this.#written = this.#start;
  }

  /** How many are done so far. */
  get done(): number {
    return this.#done;
  }

  /** Counts `count` more done, and writes a line if one is due. */
  tick(count = 1): void {
    this.#done += count;
    this.beat();
  }

  /** Writes a line if one is due, without counting: a step without a count calls it on a timer. */
  beat(): void {
    if (this.#ended) return;
    const now = this.#now();
    const tty = this.#tty;
    if (now - this.#written < (tty ? this.#options.redraw : this.#options.every)) return;
    this.#written = now;
    const line = formatProgress(this.#state(now));
    if (tty) {
      this.#stream.write(`\r${line}\x1b[K`);
      this.#drawn = true;
    } else {
      this.#stream.write(`${line}\n`);
    }
  }

  /** Something else was just written to the same place (a child's output): the next line is due `every` from now. */
  heard(): void {
    this.#written = this.#now();
  }

  /** Writes the last line: how many were done, in how long. */
  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    const line = formatProgress(this.#state(this.#now()), true);
    this.#stream.write(this.#drawn ? `\r${line}\x1b[K\n` : `${line}\n`);
  }

  /**
   * Calls `beat` every `ms` until the step ends, for work that does not tick (a child process, or the main thread
   * waiting on workers); the timer does not keep the process alive.
   */
  heartbeat(ms = 1_000): () => void {
    const timer = setInterval(() => this.beat(), ms);
    timer.unref();
    return () => clearInterval(timer);
  }

  #state(now: number): ProgressState {
    const { label, total, unit } = this.#options;
    return { label, done: this.#done, total, unit, elapsed: now - this.#start };
  }
}
