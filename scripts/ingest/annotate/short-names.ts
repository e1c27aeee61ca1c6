/**
 * English given names and the short forms the news calls people by that are not the name cut short: "Bill" Clinton is
 * William, "Joe" Biden Joseph, "Jim" Baker James. A name cut short ("Ron", "Tony") needs no list (archive/name-candidates.ts
 * `samePerson`); these do. Written by hand because no npm package holds them: the `@stdlib` given-name lists this project
 * uses have no short forms, and the npm packages named for nicknames generate user names. The commonest forms only, from
 * general knowledge of English names, not from the evaluation's articles; a short form of several names (Ted: Edward,
 * Theodore) lists each.
 */
const SHORT_FORMS: Record<string, string[]> = {
  bill: ['william'],
  billy: ['william'],
  bob: ['robert'],
  bobby: ['robert'],
  dick: ['richard'],
  rick: ['richard', 'frederick', 'eric'],
  jim: ['james'],
  jimmy: ['james'],
  jack: ['john'],
  joe: ['joseph'],
  ted: ['edward', 'theodore'],
  ned: ['edward'],
  chuck: ['charles'],
  hank: ['henry'],
  harry: ['henry', 'harold'],
  larry: ['lawrence', 'laurence'],
  jerry: ['gerald', 'jerome'],
  mike: ['michael'],
  mick: ['michael'],
  dave: ['david'],
  steve: ['steven', 'stephen'],
  peggy: ['margaret'],
  betty: ['elizabeth'],
  liz: ['elizabeth'],
  sandy: ['alexander', 'alexandra', 'sandra'],
  kathy: ['katherine', 'catherine', 'kathleen'],
  sue: ['susan', 'suzanne'],
};

/** Whether one given name is a short form of the other that is not the name cut short ("Bill", "William"), in any case. */
export function isShortFormOf(short: string, full: string): boolean {
  return SHORT_FORMS[short.toLowerCase()]?.includes(full.toLowerCase()) ?? false;
}
