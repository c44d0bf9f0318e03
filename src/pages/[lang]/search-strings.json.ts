/**
 * The header search's UI strings of one language (`/{lang}/search-strings.json`), fetched with
 * the search on first use rather than rendered into every page: only the keys the widget reads
 * (src/scripts/search/strings.ts), as `clientStrings` renders them.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { clientStrings } from '../../i18n';
import { langPaths } from '../../i18n/paths';
import { searchStringKeys } from '../../scripts/search/strings';
import { jsonTextResponse } from '../../lib/json-response';

export const getStaticPaths = (() => langPaths()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
	jsonTextResponse(clientStrings(props.lang, searchStringKeys));
