/**
 * Direct quotations: where they are (marks.ts), who spoke them (find.ts, reading the reporter's words around them
 * with article.ts, frames.ts, grammar.ts, speakers.ts and text.ts) and, where the text tells, when (said.ts). The
 * rest of the ingest uses these functions only; Russian-language text has its own rules (russian.ts).
 */
export { findQuotations } from './find.ts';
export { findRussianQuotations } from './russian.ts';
export { quotationDates, type SaidOn } from './said.ts';
