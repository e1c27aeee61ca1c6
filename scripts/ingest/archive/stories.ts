import { createHash } from 'node:crypto';

/**
 * Near-duplicate detection: articles that carry the same wire story become one story with several witnesses.
 * Each text becomes the set of its word shingles, estimated by MinHash (Broder, "On the resemblance and
 * containment of documents", 1997), and pairs are found with locality-sensitive hashing over bands of the
 * signature (Leskovec, Rajaraman and Ullman, "Mining of Massive Datasets", ch. 3), so a few thousand articles
 * cost a few thousand signatures and a handful of comparisons rather than millions of set intersections
 * (3,000 articles of 500 words: about 4 s, nearly all of it in the signatures).
 */

/** Words per shingle: 5 survives one outlet's "defense" for another's "defence" while two stories on one subject share almost no run of five words. */
export const SHINGLE_WORDS = 5;

/** MinHash functions per signature: 256 keeps the standard error of an estimate near 0.03. */
export const HASHES = 256;

/** Signature rows per LSH band: 128 bands of 2 rows make a pair at the threshold a candidate with probability 1 − (1 − 0.3²)^128 ≈ 1. */
const ROWS = 2;

/**
 * Estimated Jaccard similarity of shingle sets from which two articles carry one story; pass body text, since
 * page furniture dilutes it. Measured on the seeds (MinHash estimate, exact Jaccard in brackets):
 *
 *         000   001          002          003   004
 *   000    -    0.00         0.00         0.00  0.00
 *   001         -            0.42 (0.51)  0.00  0.00      body text after the clean stage
 *   002                      -            0.00  0.00      raw files: 001–002 0.23 (0.30), the rest 0.00
 *
 * With the 20 evaluation articles added, no other pair of the 25 exceeds 0.02 in raw text (16 and 17, two
 * Kerry–Lavrov reports, 0.0195; measured November 2026; 0.016 with 14 articles, in body or raw text). A copy
 * cut to a third of the wire story still scores about 0.33, and two stories that share a quotation score
 * about a tenth; 0.2 keeps both sides clear, and the raw seeds' 0.23 above it.
 */
export const SAME_STORY = 0.2;

/** A story carried by two or more articles: its id is the smallest slug, `similarity` the least similar pair. */
export interface Story {
  id: string;
  witnesses: { slug: string }[];
  similarity: number;
}

/**
 * The stories that two or more articles carry, by id. Similar pairs are joined most similar first, and two groups
 * only when the articles of one are on average similar to those of the other (average linkage, UPGMA): joining
 * any similar pair (single linkage) chains a story to its neighbour's neighbour, and at 5,000 generated articles
 * made one story of 4,128 of them; asking every pair to be similar (complete linkage) would leave out a copy
 * cut to half the wire story, which is like the full copy but not enough like another outlet's.
 */
export function groupStories(
  articles: { slug: string; text: string; signature?: Uint32Array }[],
  cache: StoryLinkCache = {},
): Story[] {
  const sorted = articles.toSorted((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  // A signature made before (the ingest keeps each article's with it in its cache) is the one its text gives.
  const signatures = sorted.map((article) => article.signature ?? textSignature(article.text));
  // A text with a word has at least one shingle.
  const withText = sorted.flatMap(({ text }, i) => (/[\p{L}\p{N}]/u.test(text) ? [i] : []));
  const agreeing = (a: number, b: number) => agreement(signatures[a], signatures[b]);
  const { code = '', known, found } = cache;
  const digests = found || known ? signatures.map(signatureDigest) : [];
  const earlier = known?.code === code ? known : undefined;
  const links = storyLinks(signatures, digests, withText, earlier).sort(
    (x, y) => y.score - x.score || x.a - y.a || x.b - y.b,
  );
  const verdicts = found || earlier?.verdicts ? new Verdicts(digests, earlier?.verdicts) : undefined;
  const groups = averageLinkage(sorted.length, links, agreeing, verdicts);
  found?.({ ...knownLinks(code, links, digests, withText), ...(verdicts ? { verdicts: verdicts.kept } : {}) });
  return groups
    .filter((members) => members.length > 1)
    .map((members) => ({
      id: sorted[members[0] ?? 0]?.slug ?? '',
      witnesses: members.map((i) => ({ slug: sorted[i]?.slug ?? '' })),
      similarity: Math.round(leastSimilar(members.map((i) => signatures[i])) * 1000) / 1000,
    }));
}

/** How many times `averageLinkage` splits a group into the two it was made of to find a sum made before. */
const SPLITS = 8;

/**
 * Groups of 0 … size − 1 joined along `links` in the order given, two groups only when the mean similarity of the
 * pairs across them reaches SAME_STORY; each group in order, the groups ordered by their first member. `agreeing(a, b)`
 * is the number of hashes on which two articles' signatures agree (their similarity times `HASHES`). `verdicts`
 * answers for two groups an earlier run compared, which are not summed again.
 */
function averageLinkage(
  size: number,
  links: { a: number; b: number }[],
  agreeing: (a: number, b: number) => number,
  verdicts?: Verdicts,
): number[][] {
  // Each group has an id of its own, never given again: the articles are 0 … size − 1, and a group made by joining
  // two is the next number, with the two it was made of.
  const members: number[][] = Array.from({ length: size }, (_, i) => [i]);
  const parts: ([number, number] | undefined)[] = [];
  const groupOf = Array.from({ length: size }, (_, i) => i);
  // The sum over every pair across two groups, kept for every two groups whose sum was made, and made from the sums
  // of the groups a group was joined from where one of them is known: as a story grows one article at a time, the
  // sum with another group is the last one plus the new article's pairs, not every pair across the two again (which
  // was most of the ingest's time at 5,000 articles). The sums are whole numbers (agreeing hashes), so the mean is
  // the one adding the pairs' similarities one by one gives: each is a multiple of 1/HASHES, added exactly.
  const sums = new Map<number, number>();
  const pairKey = (x: number, y: number) => (x < y ? x * 2 * size + y : y * 2 * size + x);
  const sumOf = (x: number, y: number, depth = 0): number => {
    const key = pairKey(x, y);
    const known = sums.get(key);
    if (known !== undefined) return known;
    // The later made of the two groups, split into the two it was made of: their sums with the other, or those of
    // the groups they were made of, may have been made before. A few steps back at most, so that two groups never
    // compared before cost little more than summing their pairs.
    const [newer, older] = x > y ? [x, y] : [y, x];
    const [left, right] = parts[newer] ?? [];
    let sum = 0;
    if (depth < SPLITS && left !== undefined && right !== undefined) {
      sum = sumOf(left, older, depth + 1) + sumOf(right, older, depth + 1);
    } else {
      for (const i of members[x] ?? []) for (const j of members[y] ?? []) sum += agreeing(i, j);
    }
    sums.set(key, sum);
    return sum;
  };
  for (const { a, b } of links) {
    const [x, y] = [groupOf[a] ?? a, groupOf[b] ?? b];
    if (x === y) continue;
    const [first, second] = [members[x] ?? [], members[y] ?? []];
    const join = (verdict: boolean | undefined) =>
      verdict ?? sumOf(x, y) / HASHES / (first.length * second.length) >= SAME_STORY;
    if (!(verdicts ? verdicts.decide(x, y, join) : join(undefined))) continue;
    const joined = members.length;
    members.push([...first, ...second].sort((m, n) => m - n));
    parts[joined] = [x, y];
    verdicts?.joined(joined, x, y);
    for (const member of members[joined] ?? []) groupOf[member] = joined;
  }
  const groups = [...new Set(groupOf)].map((id) => members[id] ?? []);
  return groups.sort((m, n) => (m[0] ?? 0) - (n[0] ?? 0));
}

/**
 * Whether two groups join depends on their members' signatures alone: the sum of every pair's agreement across them,
 * and their sizes. So the verdicts of an earlier run are kept by the two groups' members, each group known by a key
 * of the digests of its members' signatures (`signatureDigest`): in a rebuild after one article changed, only the
 * groups that hold it, or meet one that does, are summed again, where average linkage took 5 s of every rebuild at
 * 5,000 generated articles, whose similar pairs make one connected whole of 4,401 articles.
 *
 * A group's key is its size and the sums, lane by lane modulo 2^32, of its members' digests read as four 32-bit
 * numbers: the key of two groups joined is made from theirs at once, in any order, and two different groups share one
 * with a chance of about 2^-128, as two different signatures share a digest.
 */
class Verdicts {
  readonly #digests: string[];
  readonly #earlier: Map<string, boolean>;
  readonly #lanes: Uint32Array[] = [];
  readonly #sizes: number[] = [];
  readonly #keys: string[] = [];
  readonly #now = new Map<string, boolean>();

  /**
   * `digests` are the articles' signature digests, by position; `earlier` an earlier run's `kept`, found under this
   * code. Lists that are not lists of strings (a file altered by hand) are no verdicts.
   */
  constructor(digests: string[], earlier?: GroupVerdicts) {
    this.#digests = digests;
    const list = (pairs: unknown) =>
      Array.isArray(pairs) ? pairs.filter((pair): pair is string => typeof pair === 'string') : [];
    this.#earlier = new Map([
      ...list(earlier?.apart).map((pair) => [pair, false] as const),
      ...list(earlier?.joined).map((pair) => [pair, true] as const),
    ]);
  }

  /** This run's verdicts, for the next: each pair of groups' keys once, joined or kept apart. */
  get kept(): GroupVerdicts {
    const pairs = [...this.#now];
    return {
      joined: pairs.flatMap(([pair, join]) => (join ? [pair] : [])),
      apart: pairs.flatMap(([pair, join]) => (join ? [] : [pair])),
    };
  }

  /** Whether groups `x` and `y` join: `join(verdict)` with the earlier run's verdict on them, or undefined to sum. */
  decide(x: number, y: number, join: (verdict: boolean | undefined) => boolean): boolean {
    const [one, other] = [this.#key(x), this.#key(y)];
    const pair = one < other ? `${one} ${other}` : `${other} ${one}`;
    const verdict = join(this.#now.get(pair) ?? this.#earlier.get(pair));
    this.#now.set(pair, verdict);
    return verdict;
  }

  /** Notes that group `joined` was made of groups `x` and `y`. */
  joined(joined: number, x: number, y: number): void {
    const [one, other] = [this.#lanesOf(x), this.#lanesOf(y)];
    this.#lanes[joined] = one.map((lane, i) => lane + (other[i] ?? 0));
    this.#sizes[joined] = (this.#sizes[x] ?? 1) + (this.#sizes[y] ?? 1);
  }

  /** A group's lanes; an article's (a group never joined) from its digest. */
  #lanesOf(group: number): Uint32Array {
    let lanes = this.#lanes[group];
    if (!lanes) {
      const digest = this.#digests[group] ?? '';
      lanes = Uint32Array.from({ length: 4 }, (_, i) => Number.parseInt(digest.slice(i * 8, i * 8 + 8), 16) || 0);
      this.#lanes[group] = lanes;
    }
    return lanes;
  }

  /** A group's key: its size and its lanes, made once for each group (links between two groups are many). */
  #key(group: number): string {
    let key = this.#keys[group];
    if (key === undefined) {
      key = `${this.#sizes[group] ?? 1}.${[...this.#lanesOf(group)].map((lane) => lane.toString(36)).join('.')}`;
      this.#keys[group] = key;
    }
    return key;
  }
}

/** The MinHash signature of a text's shingles. */
export function textSignature(text: string): Uint32Array {
  return signature(shingles(text));
}

/** The hashes of a text's shingles: runs of `SHINGLE_WORDS` lowercased words, or the whole text when it is shorter. */
export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<number>();
  const count = words.length === 0 ? 0 : Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < count; i++) set.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return set;
}

/** The MinHash signature of a shingle set: for each of `HASHES` seeded bijections of 32-bit integers, the least image. */
export function signature(set: Set<number>): Uint32Array {
  const result = new Uint32Array(HASHES).fill(0xffffffff);
  for (const value of set) {
    for (let i = 0; i < HASHES; i++) {
      const image = fmix32(value ^ (SEEDS[i] ?? 0));
      if (image < (result[i] ?? 0)) result[i] = image;
    }
  }
  return result;
}

/** The estimated Jaccard similarity of two non-empty sets: the share of positions where their signatures agree. */
export function similarity(a: Uint32Array | undefined, b: Uint32Array | undefined): number {
  return agreement(a, b) / HASHES;
}

/**
 * The number of positions where two signatures agree. Four positions a step, without a branch: average linkage asks
 * it millions of times at 5,000 articles, and this form took half the time of one position a step with an `if`.
 */
function agreement(a: Uint32Array | undefined, b: Uint32Array | undefined): number {
  if (!a || !b) return 0;
  let same = 0;
  for (let i = 0; i < HASHES; i += 4) {
    same +=
      (a[i] === b[i] ? 1 : 0) +
      (a[i + 1] === b[i + 1] ? 1 : 0) +
      (a[i + 2] === b[i + 2] ? 1 : 0) +
      (a[i + 3] === b[i + 3] ? 1 : 0);
  }
  return same;
}

function leastSimilar(signatures: (Uint32Array | undefined)[]): number {
  let least = 1;
  signatures.forEach((a, i) => {
    for (const b of signatures.slice(i + 1)) least = Math.min(least, similarity(a, b));
  });
  return least;
}

/**
 * The similar pairs (`similarPairs`) of an earlier run, to be taken again where both articles are unchanged: `signatures`
 * are the digests of that run's signatures (`signatureDigest`), each once, and each link is two positions in that
 * list and the number of hashes on which the two signatures agreed (their similarity times `HASHES`, so the score is
 * made again exactly). `code` is the version of the code that found them; links of other code are not taken.
 */
export interface KnownLinks {
  code: string;
  signatures: string[];
  links: [number, number, number][];
  /** The verdicts of average linkage on the groups that run compared; none, and every pair of groups is summed. */
  verdicts?: GroupVerdicts;
}

/**
 * Where `groupStories` finds the links of an earlier run and leaves this run's: the ingest keeps them in its cache
 * (run.ts), so that a rebuild after one seed's edit scores only the pairs that touch the changed article.
 */
export interface StoryLinkCache {
  /** The code's version: links found by other code are not taken, and this run's are kept under it. */
  code?: string;
  known?: KnownLinks;
  /** Told this run's links, to keep for the next. */
  found?: (links: KnownLinks) => void;
}

/** Whether two groups joined or were kept apart in average linkage, each pair of groups by their keys (`Verdicts`). */
export interface GroupVerdicts {
  joined: string[];
  apart: string[];
}

/**
 * At most this share of the articles, or `CHANGED_FEW` of them, may be new or changed for the links to be found from
 * an earlier run's: each such article is compared with every other (`pairsTouching`), a few milliseconds for 5,000
 * articles, and past a tenth of them, banding them all again is cheaper.
 */
const CHANGED_SHARE = 0.1;
const CHANGED_FEW = 16;

/** A digest of a signature, which stands for it in the links kept between runs. */
export function signatureDigest(signature: Uint32Array | undefined): string {
  if (!signature) return '';
  return createHash('sha256')
    .update(new Uint8Array(signature.buffer, signature.byteOffset, signature.byteLength))
    .digest('hex')
    .slice(0, 32);
}

/**
 * `similarPairs`, found from the links of an earlier run where it can. Whether two articles are a candidate pair and
 * how similar they are depends on their two signatures alone, so the pairs of two articles whose signatures the
 * earlier run had are its links, and only the pairs that touch a new or changed article are scored here, against
 * every other article (`pairsTouching`): the same links, each found once. An article whose signature another article
 * of this run shares (two copies of one text) counts as changed, since the earlier run's links name signatures, not
 * articles. `known` is the earlier run's, under this code, or undefined.
 */
function storyLinks(
  signatures: Uint32Array[],
  digests: string[],
  indices: number[],
  known: KnownLinks | undefined,
): { a: number; b: number; score: number }[] {
  let links: { a: number; b: number; score: number }[] | undefined;
  if (known) {
    const seen = new Map<string, number>();
    for (const i of indices) seen.set(digests[i] ?? '', (seen.get(digests[i] ?? '') ?? 0) + 1);
    const position = new Map(known.signatures.map((digest, i) => [digest, i]));
    /** The article of this run at each position of the earlier run's signatures. */
    const articleAt = new Map<number, number>();
    const changed: number[] = [];
    for (const i of indices) {
      const digest = digests[i] ?? '';
      const at = seen.get(digest) === 1 ? position.get(digest) : undefined;
      if (at === undefined) changed.push(i);
      else articleAt.set(at, i);
    }
    if (changed.length <= Math.max(CHANGED_FEW, indices.length * CHANGED_SHARE)) {
      links = [];
      for (const [x, y, same] of known.links) {
        const [a, b] = [articleAt.get(x), articleAt.get(y)];
        if (a !== undefined && b !== undefined)
          links.push({ a: Math.min(a, b), b: Math.max(a, b), score: same / HASHES });
      }
      links.push(...pairsTouching(signatures, indices, changed));
    }
  }
  links ??= similarPairs(signatures, indices);
  return links;
}

/**
 * The pairs among `indices` (ascending) that touch an article of `changed` (among them), each once, whose signatures
 * agree on every row of at least one band (the candidates of `similarPairs`), with their similarity, for those at least
 * `SAME_STORY` similar.
 */
function pairsTouching(
  signatures: Uint32Array[],
  indices: number[],
  changed: number[],
): { a: number; b: number; score: number }[] {
  const isChanged = new Set(changed);
  const links: { a: number; b: number; score: number }[] = [];
  for (const u of changed) {
    for (const v of indices) {
      // A pair of two changed articles is scored from the one that comes first.
      if (v === u || (isChanged.has(v) && v < u)) continue;
      const [a, b] = u < v ? [u, v] : [v, u];
      if (!sharedBefore(signatures[a], signatures[b], HASHES)) continue;
      const score = similarity(signatures[a], signatures[b]);
      if (score >= SAME_STORY) links.push({ a, b, score });
    }
  }
  return links;
}

/**
 * Links as `KnownLinks`: by the digests of their articles' signatures, each pair of digests once, with the digest of
 * every article of `indices`, linked or not, so that the next run knows it too.
 */
function knownLinks(
  code: string,
  links: { a: number; b: number; score: number }[],
  digests: string[],
  indices: number[],
): KnownLinks {
  const position = new Map<string, number>();
  const at = (i: number) => {
    const digest = digests[i] ?? '';
    let found = position.get(digest);
    if (found === undefined) {
      found = position.size;
      position.set(digest, found);
    }
    return found;
  };
  for (const i of indices) at(i);
  // A pair as one number, not a string: positions are fewer than the articles, and strings for each of 268,000 links
  // took a third of a second of every run at 5,000 generated articles.
  const width = digests.length + 1;
  const pairs = new Set<number>();
  const kept: [number, number, number][] = [];
  for (const { a, b, score } of links) {
    const [x, y] = [at(a), at(b)];
    const pair = x < y ? x * width + y : y * width + x;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    kept.push([x, y, Math.round(score * HASHES)]);
  }
  return { code, signatures: [...position.keys()], links: kept };
}

/**
 * The pairs among `indices` (ascending) whose signatures agree on every row of at least one band (the candidates), with
 * their similarity, for those at least `SAME_STORY` similar. Each pair is taken at the first band it shares and passed
 * over at the others: articles of one story share dozens of bands, and gathering every band's pairs in a set before
 * scoring them took most of the archive-wide steps at 5,000 articles (7.6 million candidates for 263,000 links).
 */
function similarPairs(signatures: Uint32Array[], indices: number[]): { a: number; b: number; score: number }[] {
  const links: { a: number; b: number; score: number }[] = [];
  for (let start = 0; start < HASHES; start += ROWS) {
    const buckets = new Map<string, number[]>();
    for (const i of indices) {
      const key = bandKey(signatures[i], start);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    for (const members of buckets.values()) {
      for (let x = 0; x < members.length; x++) {
        const a = members[x] ?? 0;
        for (let y = x + 1; y < members.length; y++) {
          const b = members[y] ?? 0;
          if (sharedBefore(signatures[a], signatures[b], start)) continue;
          const score = similarity(signatures[a], signatures[b]);
          if (score >= SAME_STORY) links.push({ a, b, score });
        }
      }
    }
  }
  return links;
}

/** A band of a signature, its `ROWS` rows from `start`, as a bucket's key. */
function bandKey(signature: Uint32Array | undefined, start: number): string {
  let key = '';
  for (let row = start; row < start + ROWS; row++) key += `${signature?.[row] ?? ''},`;
  return key;
}

/** Whether two signatures agree on every row of a band before the one at `start`. */
function sharedBefore(a: Uint32Array | undefined, b: Uint32Array | undefined, start: number): boolean {
  if (!a || !b) return false;
  for (let band = 0; band < start; band += ROWS) {
    let same = true;
    for (let row = band; row < band + ROWS && same; row++) same = a[row] === b[row];
    if (same) return true;
  }
  return false;
}

/** FNV-1a, 32 bits, over UTF-16 code units (Fowler, Noll and Vo). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** MurmurHash3's finaliser (Appleby): a bijection of 32-bit integers that mixes every input bit into every output bit. */
function fmix32(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The seeds of the MinHash functions: a Weyl sequence from a fixed start, mixed as SplitMix does (Steele, Lea and Flood, 2014). */
const SEEDS = (() => {
  const seeds = new Uint32Array(HASHES);
  let state = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = fmix32(state);
  }
  return seeds;
})();
