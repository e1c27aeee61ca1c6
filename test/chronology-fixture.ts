import { placeEdtf } from '../src/lib/chronology/place.ts';
import { type ChronologyFile, ChronologyFileSchema } from '../src/schemas/chronology.ts';

/** One event of the fixture: its id, EDTF date, title and themes. */
type Row = [id: string, edtf: string, title: string, themes: string[]];

const ROWS: Row[] = [
  ['start-signed', '1991', 'START I signed by the presidents of the USSR and the USA', ['reset']],
  ['ivanov-challenge', '2002-04-05', 'Ivanov challenges the US to prove Russian nuclear transfers to Iran', ['iran']],
  ['unscr-1483', '2003-05-22', 'UN Security Council adopts Resolution 1483 on post-war Iraq', ['iraq']],
  ['burns-arrives', '2003-08-05', 'Burns arrives in Moscow', ['iraq']],
  ['pledge', '[2003-08-07..2003-08-08]', 'Russia and the US pledge joint efforts for post-war Iraq', ['iraq']],
  ['autumn-talks', '2003-09~', 'Talks on Iraqi debt, about September', ['iraq']],
  ['geneva', '2009-03-06', 'Lavrov and Clinton meet in Geneva and press the "reset" button', ['reset', 'iran']],
  ['spring-round', '2009-03/2009-05', 'Treaty negotiations, March to May', ['reset']],
  ['start-expires', '2009-12-05', 'START I expires', ['reset']],
  ['uncertain', '2012-06-18?', 'Putin and Obama meet at Los Cabos <G20>', []],
  ['un-meeting', '2015-09-28', 'Putin and Obama meet at the UN General Assembly', ['syria']],
  ['baghdad-centre', '2015-09-28', 'Putin announces an information centre in Baghdad', ['syria']],
  ['lavrov-tuesday', '2015-09-29', 'Lavrov says the meeting was constructive', ['syria']],
  ['no-year', 'XXXX-04-02', 'A meeting on 2 April, year unknown', ['iraq']],
];

/** A small published chronology with every shape of date, a cluster, an unplaced event and markup in a title. */
export function chronologyFixture(): ChronologyFile {
  return ChronologyFileSchema.parse({
    themes: [
      { id: 'iraq', title: 'Iraq' },
      { id: 'syria', title: 'Syria' },
      { id: 'reset', title: 'The reset' },
      { id: 'iran', title: 'Iran' },
    ],
    people: [],
    events: ROWS.map(([id, edtf, title, themes]) => ({
      id,
      aliases: [],
      edtf,
      when: edtf,
      ...placeEdtf(edtf),
      title,
      kind: 'mentioned',
      themes,
      people: [],
      evidence: [{ article: 'a', headline: 'A', path: '/articles/a/' }],
    })),
  });
}
