import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { depsToPreload, loadedWith } from '../../../src/lib/preload-deps';

/** The search's chunks as the build makes them: who imports whom statically. */
const imports: Record<string, string[]> = {
	'site.js': ['shared.js'],
	'search.js': ['runtime.js', 'shared.js'],
	'typed.js': ['search.js', 'synonyms.js', 'shared.js', 'runtime.js'],
	'synonyms.js': ['search.js'],
	'typo-lookup.js': ['typed.js', 'synonyms.js', 'search.js'],
};
const importsOf = (file: string) => imports[file] ?? [];

describe('depsToPreload', () => {
	it('leaves out the imported chunk and what its importer has loaded', () => {
		// The header box loads the search's core: the runtime is not in the page yet.
		expect(
			depsToPreload('search.js', ['search.js', 'runtime.js', 'shared.js'], 'site.js', importsOf),
		).toEqual(['runtime.js']);
		// The core loads the typed words' code: only its synonyms' chunk is missing.
		expect(
			depsToPreload(
				'typed.js',
				['typed.js', 'search.js', 'runtime.js', 'shared.js', 'synonyms.js'],
				'search.js',
				importsOf,
			),
		).toEqual(['synonyms.js']);
		// The typed words' code loads the typo lookup: everything it needs is there.
		expect(
			depsToPreload(
				'typo-lookup.js',
				['typo-lookup.js', 'typed.js', 'synonyms.js', 'search.js'],
				'typed.js',
				importsOf,
			),
		).toEqual([]);
	});
	it('keeps every dependency its importer has not loaded, and only those', () => {
		const files = Object.keys(imports).concat('other.js');
		fc.assert(
			fc.property(
				fc.constantFrom(...files),
				fc.constantFrom(...files),
				fc.subarray(files),
				(file, host, deps) => {
					const kept = depsToPreload(file, deps, host, importsOf);
					const loaded = loadedWith(host, importsOf);
					expect(kept).toEqual(deps.filter((d) => d !== file && !loaded.has(d)));
					// What the importer loads statically, transitively.
					for (const f of loaded) for (const d of importsOf(f)) expect(loaded.has(d)).toBe(true);
				},
			),
		);
	});
	it('follows imports in a cycle without looping', () => {
		const cyclic = (f: string) => (f === 'a' ? ['b'] : f === 'b' ? ['a', 'c'] : []);
		expect([...loadedWith('a', cyclic)].sort()).toEqual(['a', 'b', 'c']);
	});
});
