/**
 * English prose on the site writes the apostrophe straight (`it's`), as Microsoft's English
 * pages do: one form, not a mix of ' and ’. This reads every English content file and UI string,
 * line by line; a line with French in it (a quoted French message, a seed quote) keeps French
 * typography and is not read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const frenchLine = /[àâçéèêëîïôûùüÿœ«»]/i;
const curly = /\p{L}’\p{L}/u;

function englishFiles(): string[] {
	const files: string[] = [];
	for (const collection of ['errors', 'causes', 'solutions'])
		for (const name of readdirSync(join('content', collection, 'en')))
			files.push(join('content', collection, 'en', name));
	const locales = join('src', 'i18n', 'locales', 'en');
	for (const name of readdirSync(locales)) files.push(join(locales, name));
	files.push(
		'content/checklist/en.mdx',
		'content/support/en.json',
		'content/other-errors/en.json',
		'content/CORRECTIONS.md',
	);
	return files;
}

describe('English typography', () => {
	it('English prose and UI strings use the straight apostrophe', () => {
		const found = englishFiles().flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.flatMap((line, i) =>
					!frenchLine.test(line) && curly.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
				),
		);
		expect(found).toEqual([]);
	});
});
