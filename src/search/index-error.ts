/** A search file the page cannot read (another format, a broken file): the site needs rebuilding. */
export class SearchIndexError extends Error {}
