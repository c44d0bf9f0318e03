// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentDir } from './src/content/from-disk.ts';
import { narrowPageCsp } from './src/lib/page-csp.ts';
import { depsToPreload } from './src/lib/preload-deps.ts';
import { defaultLang, languages, langTags } from './src/i18n/languages.ts';
import { themeInitScript } from './src/lib/theme.ts';
import { createHash } from 'node:crypto';

/**
 * Old URLs of renamed errors and causes (`formerIds`) are redirect pages: not in the sitemap.
 * (Read from the content files directly: the config is loaded before the collections.)
 */
const formerPaths = new Set(
	readContentDir(process.env.KB_CONTENT_DIR ?? './content').entries.flatMap(
		({ collection, lang, data }) =>
			collection === 'solutions' ? [] : data.formerIds.map((id) => `/${lang}/${collection}/${id}/`),
	),
);

/**
 * Astro's CSP lists every script and style hash of the build on every page: after the build,
 * each page's policy keeps only the hashes of its own inline scripts and styles (src/lib/page-csp.ts).
 */
const pageCsp = {
	name: 'page-csp',
	hooks: {
		/** @param {{ dir: URL }} options */
		'astro:build:done': ({ dir }) => {
			const root = fileURLToPath(dir);
			for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
				if (!name.endsWith('.html')) continue;
				const file = join(root, name);
				const html = readFileSync(file, 'utf8');
				const narrowed = narrowPageCsp(html);
				if (narrowed !== html) writeFileSync(file, narrowed);
			}
		},
	},
};

/** Public origin of the site; used for canonical URLs, hreflang alternates and the sitemap. */
const site = process.env.SITE_URL ?? 'https://azure-backup-kb.example.org';

/**
 * The print stylesheet writes site-relative links out as full URLs: `__SITE_ORIGIN__` in
 * src/styles/global.css becomes the origin of `site` (a CSS custom property, no inline style).
 */
const siteOriginCss = {
	name: 'site-origin-css',
	enforce: /** @type {const} */ ('pre'),
	/** @param {string} code @param {string} id */
	transform(code, id) {
		if (!/\/src\/styles\/global\.css(\?|$)/.test(id)) return null;
		return code.replaceAll('__SITE_ORIGIN__', new URL(site).origin);
	},
};

/**
 * A dynamic import preloads only the chunks its importer has not loaded (src/lib/preload-deps.ts).
 * Vite asks `resolveDependencies` while it writes the chunks (its own `generateBundle`, which runs
 * after this plugin's): the chunks' static imports are read from the bundle here first.
 */
const preloadMissingOnly = () => {
	/** @type {Record<string, { type: string, imports?: string[] }>} */
	let bundle = {};
	const importsOf = (/** @type {string} */ file) => bundle[file]?.imports ?? [];
	return {
		name: 'preload-missing-only',
		/** @param {unknown} _ @param {typeof bundle} output */
		generateBundle(_, output) {
			bundle = output;
		},
		configEnvironment: (/** @type {string} */ name) =>
			name === 'client'
				? {
						build: {
							modulePreload: {
								polyfill: false,
								/** @param {string} file @param {string[]} deps @param {{ hostId: string }} context */
								resolveDependencies: (file, deps, { hostId }) =>
									depsToPreload(file, deps, hostId, importsOf),
							},
						},
					}
				: undefined,
	};
};

/** A test for the modules of `src/<dir>/<name>.ts`, for each dir and its names. */
const modulesOf = (/** @type {Record<string, string[]>} */ byDir) => {
	const alternatives = Object.entries(byDir).map(
		([dir, names]) => `${dir.replaceAll('/', '[\\\\/]')}[\\\\/](?:${names.join('|')})`,
	);
	return new RegExp(`src[\\\\/](?:${alternatives.join('|')})\\.ts$`);
};

const searchModules = {
	core: modulesOf({
		'scripts/search': [
			'header',
			'index-load',
			'failure',
			'render',
			'files',
			'engine',
			'runner',
			'strings',
		],
		lib: ['camel-breaks'],
		search: [
			'result',
			'noise',
			'segment',
			'error-codes',
			'stopwords',
			'typed-words',
			'normalise',
			'index-codec',
			'fold',
			'fuzzy',
			'index-error',
			'options',
			'same-word',
			'types',
			'foreign-codes',
		],
	}),
	paste: modulesOf({
		'scripts/search': ['paste'],
		search: [
			'vocabulary',
			'prepare',
			'phrases',
			'phrase-synonyms',
			'similarity',
			'rank',
			'paste-ranking',
		],
	}),
};

export default defineConfig({
	site,
	output: 'static',
	scopedStyleStrategy: 'class',
	// Bad-content build tests write elsewhere so they never clobber the real build.
	outDir: process.env.KB_OUT_DIR ?? './dist',
	// …and keep their own content cache, or the data store would mix both content trees.
	...(process.env.KB_CACHE_DIR ? { cacheDir: process.env.KB_CACHE_DIR } : {}),
	// Pages are directories with a trailing slash, but a hand-typed link without it (/go/<Code>)
	// must still open: hosts and `astro preview` serve both.
	trailingSlash: 'ignore',
	build: { format: 'directory', inlineStylesheets: 'never' },
	markdown: {
		// Astro's own processor (Sätteri) already includes GitHub-Flavored Markdown (tables).
		// Smart punctuation is off: it would curl the quotes of exact error strings and registry values.
		processor: satteri({ features: { smartPunctuation: false } }),
		// Code is rendered by our own components (copy button); Shiki's inline styles would need 'unsafe-inline'.
		syntaxHighlight: false,
	},
	integrations: [
		mdx(),
		pageCsp,
		sitemap({
			i18n: { defaultLocale: defaultLang, locales: langTags },
			// The root language chooser, the short links and the renamed entries' redirects are not content pages.
			filter: (page) =>
				!/\/go\/|\/404\/?$/.test(page) &&
				new URL(page).pathname !== '/' &&
				!formerPaths.has(new URL(page).pathname),
		}),
	],
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// The one inline script (the theme chosen, applied before the first paint: BaseHead.astro),
			// allowed by the hash of its exact text; Astro hashes its own scripts and styles itself.
			scriptDirective: {
				hashes: [`sha256-${createHash('sha256').update(themeInitScript).digest('base64')}`],
			},
		},
	},
	// The languages of src/i18n/languages.ts, each under its own prefix (/fr/…, /en/…). The root
	// page is the site's own language chooser, so Astro does not redirect it.
	i18n: {
		locales: [...languages],
		defaultLocale: defaultLang,
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	devToolbar: { enabled: false },
	vite: {
		plugins: [siteOriginCss, preloadMissingOnly()],
		environments: {
			client: {
				build: {
					rolldownOptions: {
						output: {
							// The small modules every page's script shares with the other pages' scripts (the
							// search page, redirects, 404; Vite's helper for dynamic imports) in one chunk
							// rather than one file each: fewer requests, and one file compresses better than
							// six (~0.3 KB gzip, measured).
							codeSplitting: {
								groups: [
									{
										name: 'shared',
										test: /src[\\/](lib[\\/](urls|fill|links[\\/]carry-over)|scripts[\\/](strings|language-switch|clipboard)|i18n[\\/]languages)\.ts$|vite[\\/]preload-helper/,
									},
									// The search's code in two files on first use (docs/search.md, "Bytes"): what every
									// search runs (the header box, loading, rendering, the query's normalising), and what
									// reads the first index file (a paste; typed words that may be a message). Typed words
									// read from their shards alone skip the second (1.2 KB); the bundler's own cut made
									// six small files, which cost a paste 0.8 KB more.
									{ name: 'search', test: searchModules.core },
									{ name: 'paste', test: searchModules.paste },
								],
							},
						},
					},
				},
			},
		},
		build: {
			// One stylesheet for the whole site, cached after the first page: an error page's six
			// small stylesheets compressed worse than the one (29.9 vs 30.3 KB gzip in all, measured).
			cssCodeSplit: false,
			rolldownOptions: {
				// Every MDX entry triggers this warning about Astro's own "use astro:head-inject"
				// directive, which Astro handles itself; it drowns the build output.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'))
						return;
					handler(level, log);
				},
			},
		},
	},
});
