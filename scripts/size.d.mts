/** Types of scripts/size.mjs, for the budget test. */
export interface Bytes {
	raw: number;
	gzip: number;
}
export interface PageWeight {
	path: string;
	html: Bytes;
	css: Bytes;
	js: Bytes;
	inline: { js: Bytes; css: Bytes };
	font: Bytes;
	total: Bytes;
	files: { css: string[]; js: string[]; font: string[] };
	lazy: string[];
	lazyBytes: Bytes;
}
export const distDir: string;
export function bytes(content: string | Buffer): Bytes;
export function siteFiles(dir?: string): string[];
export function staticImports(js: string): string[];
export function dynamicImports(js: string): string[];
export function pageWeight(htmlPath: string, dir?: string): PageWeight;
export const pageKinds: [string, RegExp][];
export function kindOf(path: string): string;
export function searchIndexes(dir?: string): (Bytes & { path: string })[];
export function report(dir?: string): {
	pages: number;
	kinds: { kind: string; count: number; heaviest: PageWeight }[];
	indexes: (Bytes & { path: string })[];
};
