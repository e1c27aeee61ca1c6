/**
 * Direct quotations: where they are (marks.ts), who spoke them (find.ts, reading the reporter's words around them
 * with article.ts, frames.ts, grammar.ts, speakers.ts and text.ts) and, where the text tells, when (said.ts). The
 * rest of the ingest uses these two functions only.
 */
export { findQuotations } from './find.ts';
export { quotationDates, type SaidOn } from './said.ts';
