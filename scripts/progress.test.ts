import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress, Progress } from './progress.ts';

/** A stream that keeps what is written, and a clock the test moves. */
function recorder(isTTY: boolean) {
  const written: string[] = [];
  let time = 1_000;
  return {
    stream: { isTTY, write: (text: string) => written.push(text) },
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
    written,
  };
}

describe('formatDuration', () => {
  it('says seconds, then minutes and seconds, then hours and minutes', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(8_400)).toBe('8 s');
    expect(formatDuration(125_000)).toBe('2 min 05 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
  });
});

describe('formatProgress', () => {
  it('gives done/total, the share, the rate and the time left', () => {
    expect(formatProgress({ label: 'ingest', done: 120, total: 200, unit: 'articles', elapsed: 4_000 })).toBe(
      'ingest 120/200 articles (60 %), 30.0/s, about 3 s left',
    );
  });

  it('says it is starting before anything is done, and rounds a high rate', () => {
    expect(formatProgress({ label: 'ingest', done: 0, total: 10, elapsed: 500 })).toBe(
      'ingest 0/10 (0 %), 0.0/s, starting',
    );
    expect(formatProgress({ label: 'ingest', done: 500, total: 1000, elapsed: 2_000 })).toMatch(
      /, 250\/s, about 2 s left$/,
    );
  });

  it('gives the time run for a step without a count, and a summary at the end', () => {
    expect(formatProgress({ label: 'astro build', done: 0, elapsed: 40_200 })).toBe('astro build: 40 s');
    expect(formatProgress({ label: 'astro build', done: 0, elapsed: 40_200 }, true)).toBe('astro build: done in 40 s');
    expect(formatProgress({ label: 'ingest', done: 200, total: 200, unit: 'articles', elapsed: 5_000 }, true)).toBe(
      'ingest 200/200 articles in 5 s, 40.0/s',
    );
  });
});

describe('Progress', () => {
  it('off a terminal, prints a line every few seconds and one at the end', () => {
    const { stream, now, advance, written } = recorder(false);
    const progress = new Progress({ label: 'ingest', total: 100, unit: 'articles', stream, now, every: 5_000 });
    for (let i = 0; i < 100; i++) {
      advance(200);
      progress.tick();
    }
    progress.end();
    expect(written).toEqual([
      'ingest 25/100 articles (25 %), 5.0/s, about 15 s left\n',
      'ingest 50/100 articles (50 %), 5.0/s, about 10 s left\n',
      'ingest 75/100 articles (75 %), 5.0/s, about 5 s left\n',
      'ingest 100/100 articles (100 %), 5.0/s, about 0 s left\n',
      'ingest 100/100 articles in 20 s, 5.0/s\n',
    ]);
  });

  it('prints only the summary for a step quicker than the interval', () => {
    const { stream, now, advance, written } = recorder(false);
    const progress = new Progress({ label: 'ingest', total: 3, stream, now });
    for (let i = 0; i < 3; i++) {
      advance(100);
      progress.tick();
    }
    progress.end();
    progress.end();
    expect(written).toEqual(['ingest 3/3 in 0 s, 10.0/s\n']);
  });

  it('on a terminal, redraws one line in place at most every `redraw` ms and ends it with a newline', () => {
    const { stream, now, advance, written } = recorder(true);
    const progress = new Progress({ label: 'ingest', total: 10, stream, now, redraw: 100 });
    for (let i = 0; i < 10; i++) {
      advance(50);
      progress.tick();
    }
    progress.end();
    expect(written).toHaveLength(6);
    expect(written[0]).toBe('\ringest 2/10 (20 %), 20.0/s, about 0 s left\x1b[K');
    expect(written.at(-1)).toBe('\ringest 10/10 in 1 s, 20.0/s\x1b[K\n');
  });

  it('beats without counting, for a step that has no count', () => {
    const { stream, now, advance, written } = recorder(false);
    const progress = new Progress({ label: 'astro build', stream, now, every: 10_000 });
    for (let i = 0; i < 25; i++) {
      advance(1_000);
      progress.beat();
    }
    progress.end();
    expect(written).toEqual(['astro build: 10 s\n', 'astro build: 20 s\n', 'astro build: done in 25 s\n']);
  });

  it('waits `every` from the last time something else was heard before the next line', () => {
    const { stream, now, advance, written } = recorder(false);
    const progress = new Progress({ label: 'astro build', stream, now, every: 10_000 });
    for (let i = 0; i < 25; i++) {
      advance(1_000);
      if (i < 15) progress.heard();
      progress.beat();
    }
    expect(written).toEqual(['astro build: 25 s\n']);
  });
});
