/**
 * The one-page article (`[data-legacy-article]`): only a link with an old anchor needs the old
 * anchors' map read, so its code (legacy-article.ts) loads then. Part of the layout's one script
 * (site.ts) rather than a script of the page's own: one file less on that page.
 */
export function bootLegacyArticle(): void {
	if (!document.querySelector('[data-legacy-article]')) return;
	const follow = () => import('./legacy-article').then((m) => m.followLegacyAnchor());
	if (location.hash) void follow();
	else addEventListener('hashchange', follow, { once: true });
}
