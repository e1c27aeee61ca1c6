/** What a reader has chosen in an enhanced chronology; every field is optional and shareable in the URL. */
export interface ChronologyState {
  /** A theme id: only its lane. */
  theme?: string | undefined;
  /** A person id: only the events that name them. */
  person?: string | undefined;
  /** The first day shown, `YYYY-MM-DD`. */
  from?: string | undefined;
  /** The last day shown, `YYYY-MM-DD`. */
  to?: string | undefined;
  /** The selected event's id. */
  event?: string | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const YEAR = /^\d{4}$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Reads the state from a query string: `?theme=syria&person=sergei-lavrov&from=2009&to=2016&event=<id>`. A year
 * stands for its first day in `from` and its last in `to`; anything malformed is ignored, not guessed.
 */
export function readState(search: string): ChronologyState {
  const params = new URLSearchParams(search);
  const id = (name: string) => {
    const value = params.get(name) ?? '';
    return ID.test(value) ? value : undefined;
  };
  const day = (name: string, end: boolean) => {
    const value = params.get(name) ?? '';
    if (YEAR.test(value)) return `${value}-${end ? '12-31' : '01-01'}`;
    return DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
  };
  return {
    theme: id('theme'),
    person: id('person'),
    from: day('from', false),
    to: day('to', true),
    event: id('event'),
  };
}

/** The state as a query string, `?` included, or empty; a whole-year span is written as years. */
export function writeState(state: ChronologyState): string {
  const params = new URLSearchParams();
  if (state.theme) params.set('theme', state.theme);
  if (state.person) params.set('person', state.person);
  if (state.from && state.to) {
    const years = state.from.endsWith('-01-01') && state.to.endsWith('-12-31');
    params.set('from', years ? state.from.slice(0, 4) : state.from);
    params.set('to', years ? state.to.slice(0, 4) : state.to);
  }
  if (state.event) params.set('event', state.event);
  const query = params.toString();
  return query ? `?${query}` : '';
}
