/**
 * `getStaticPaths` for the pages under `/{lang}/`: one path per language (and per item), with the
 * language both in `params` (the URL) and, typed, in `props`, so a page reads
 * `const { lang } = Astro.props` instead of casting `Astro.params.lang`.
 */
import { languages, type Lang } from './languages';

/** One path per language. */
export function langPaths(): { params: { lang: Lang }; props: { lang: Lang } }[] {
	return languages.map((lang) => ({ params: { lang }, props: { lang } }));
}

type Item<Params, Props> = { params: Params; props?: Props };

/** One path per language and per item that `items(lang)` lists, with the item's params and props. */
export function langItemPaths<Params extends Record<string, string>, Props extends object = object>(
	items: (lang: Lang) => Item<Params, Props>[],
): { params: Params & { lang: Lang }; props: Props & { lang: Lang } }[] {
	return languages.flatMap((lang) => items(lang).map((item) => withLang(lang, item)));
}

/** `langItemPaths` for items read asynchronously (the search's files, built once per build). */
export async function langItemPathsAsync<
	Params extends Record<string, string>,
	Props extends object = object,
>(
	items: (lang: Lang) => Promise<Item<Params, Props>[]>,
): Promise<{ params: Params & { lang: Lang }; props: Props & { lang: Lang } }[]> {
	const listed = await Promise.all(languages.map(items));
	return languages.flatMap((lang, i) => listed[i]!.map((item) => withLang(lang, item)));
}

const withLang = <Params, Props extends object>(lang: Lang, item: Item<Params, Props>) => ({
	params: { ...item.params, lang },
	props: { ...(item.props ?? ({} as Props)), lang },
});
