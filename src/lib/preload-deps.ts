/**
 * Which chunks a dynamic import should preload. Vite lists, for each `import()`, the imported chunk
 * and every chunk it needs, and writes their file names into the importing chunk; but the import
 * fetches its chunk at once, and the chunks the importer loaded statically are in the page
 * already. Preloading those is bytes for nothing: each name is written into the importer. The
 * others still load in parallel with the import (without any preload, a typo took 0.5 s longer to
 * answer at 100 ms of latency: docs/search.md, "Bytes").
 */

/** The chunks a chunk loads before it runs: its static imports, theirs, and so on. */
export function loadedWith(
	file: string,
	importsOf: (file: string) => readonly string[],
): Set<string> {
	const loaded = new Set<string>([file]);
	const next = [file];
	for (let f = next.pop(); f !== undefined; f = next.pop())
		for (const dep of importsOf(f))
			if (!loaded.has(dep)) {
				loaded.add(dep);
				next.push(dep);
			}
	return loaded;
}

/**
 * The dependencies of a dynamic import of `file` worth preloading: not `file` itself (the import
 * fetches it at once: Vite's helper does not wait for a script it preloads), nor a chunk its
 * importer (`host`) has loaded already.
 */
export const depsToPreload = (
	file: string,
	deps: readonly string[],
	host: string,
	importsOf: (file: string) => readonly string[],
): string[] => {
	const loaded = loadedWith(host, importsOf);
	return deps.filter((dep) => dep !== file && !loaded.has(dep));
};
