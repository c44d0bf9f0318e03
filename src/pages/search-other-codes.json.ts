/**
 * The other errors' codes, lower case → the id of their entry on `/{lang}/other-errors/`
 * (the same in both languages): the page fetches it only when a result names a code the site
 * does not cover, to link it to its entry (src/search/foreign-codes.ts).
 */
import type { APIRoute } from 'astro';
import { loadOtherErrorFiles } from '../content/load';
import { jsonResponse } from '../lib/json-response';
import { otherCodesOf } from '../search/foreign-codes';

export const GET: APIRoute = async () =>
	jsonResponse(otherCodesOf((await loadOtherErrorFiles()).en.errors));
