/**
 * The key words of the other errors' messages of one language (`/{lang}/search-other-keys.json`):
 * typed words of three words or more, and one or two that may name another error, load it to
 * find the parts of those messages they may be (src/search/other-messages.ts).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadWordFiles } from '../../content/load';
import { langPaths } from '../../i18n/paths';
import { jsonResponse } from '../../lib/json-response';

export const getStaticPaths = (() => langPaths()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
	jsonResponse((await loadWordFiles(props.lang)).otherKeys);
