/** The shapes annotation passes share: spans of a block's plain text, located by character offsets. */

import type { EntityKind } from '../../../src/schemas/gazetteer.ts';

/** A stretch of one block's plain text: `start` inclusive, `end` exclusive, in UTF-16 code units. */
export interface Span {
  /** Index of the block (paragraph, heading or caption) in the article body. */
  block: number;
  start: number;
  end: number;
}

/** The kinds of things the gazetteer lists (src/schemas/gazetteer.ts), for the annotation passes. */
export type { EntityKind };

/** A mention of a gazetteer entry (or of a name found automatically) in the text. */
export interface Mention extends Span {
  /** The entry's id, e.g. `sergei-lavrov`. */
  id: string;
  kind: EntityKind;
  /** How it was recognised: a full name or alias, a surname or title with a surname, a role phrase resolved by date, a pronoun, or a name the gazetteer lacks found by NLP. */
  by: 'name' | 'surname' | 'role' | 'automatic';
}

/** A direct quotation: one span per block it covers, the quotation marks included. */
export interface Quotation {
  /** 1-based, in order of the article; a quotation spread over several paragraphs keeps one id. */
  id: number;
  spans: Span[];
  /** The speaker's entry id (a person or an organisation), or undefined when the text does not say who spoke. */
  speaker?: string;
  /** Where the text names the speaker, when it does (the mention or words "X said" points at). */
  evidence?: Span;
  /** The day it was said, when the reporter's sentence gives it (quotes/said.ts), and the words that give it. */
  said?: { edtf: string; text: string };
}
