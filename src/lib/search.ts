/**
 * The day an undated page sorts by. Pagefind leaves out of a sorted search every page without the sort key
 * (its issue #259), so every indexed page has one: the undated sort first from the oldest and last from the newest.
 */
export const UNDATED = '0000-01-01';
