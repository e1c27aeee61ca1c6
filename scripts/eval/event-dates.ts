import edtf from 'edtf';

/** The first and last instant a date allows, in ms since 1970. */
interface Span {
  min: number;
  max: number;
}

/**
 * A value as edtf.js parses it, with the parts src/types/modules.d.ts leaves out: a set's members (a range
 * as a [from, to] pair) and open ends, and a date's qualifiers as bitmasks whose value is 0 when absent.
 */
interface Parsed extends Span {
  type: string;
  values?: (Span | [Span, Span])[];
  earlier?: boolean;
  later?: boolean;
  approximate?: { value: number };
  uncertain?: { value: number };
}

const parse = (value: string): Parsed => edtf(value);

/**
 * The spans a value allows. A set or list is spanned member by member, because edtf.js gives one whose last
 * member is a range the max of that range's start (`List#last` takes `value[0]`), so its own `max` would
 * put "[2003-05-21..2003-06-02]" on 21 May alone.
 */
function spans(parsed: Parsed): Span[] {
  if ((parsed.type !== 'Set' && parsed.type !== 'List') || !parsed.values?.length) return [parsed];
  const members = parsed.values.map((member) =>
    Array.isArray(member) ? { min: member[0].min, max: member[1].max } : { min: member.min, max: member.max },
  );
  if (parsed.earlier) members[0] = { min: -Infinity, max: members[0]?.max ?? Infinity };
  if (parsed.later) members[members.length - 1] = { min: members.at(-1)?.min ?? -Infinity, max: Infinity };
  return members;
}

/** Whether a gold date stands for a stretch of time the text does not narrow: a set, interval or season, or a date marked `~`, `?` or `%`. */
function isStretch(parsed: Parsed): boolean {
  if (parsed.type !== 'Date') return true;
  return Boolean(parsed.approximate?.value || parsed.uncertain?.value);
}

/**
 * Whether a predicted EDTF date agrees with a gold one (EDTF, ISO 8601-2: https://www.loc.gov/standards/datetime/):
 * the same string, or, when gold is a stretch (see `isStretch`), a predicted date wholly inside one of its
 * spans, so "2003-05-31" agrees with "[2003-05-21..2003-06-02]" and "2009-03-06" with "2009-03~". A plain
 * gold date wants the same string: a day predicted where the text gives only a month claims more than it
 * says. Dates with unspecified digits compare as strings, since edtf.js spans "XXXX" over years 0 to 9999.
 */
export function datesAgree(gold: string, predicted: string): boolean {
  if (gold === predicted) return true;
  const wanted = parse(gold);
  if (!isStretch(wanted)) return false;
  const found = spans(parse(predicted));
  const [min, max] = [Math.min(...found.map((span) => span.min)), Math.max(...found.map((span) => span.max))];
  return spans(wanted).some((span) => span.min <= min && max <= span.max);
}
