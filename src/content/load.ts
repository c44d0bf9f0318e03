/**
 * The knowledge base as the pages see it: Astro's collections, checked by the graph.
 * Loaded once per build; any content problem stops the build with every problem listed.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { isLang, languages, otherLang } from '../i18n/languages';
import { checkContent, formatProblems, type KnowledgeBase } from './graph';
import type { Lang } from '../i18n/languages';
import { checksFromDisk } from './checks-from-disk';
import { loadOtherErrors } from './other-errors';
import { loadSynonyms } from './synonyms';
import type { CauseData, CollectionName, OtherErrorsData, SolutionData } from './schemas';
import type { RawEntry } from './types';
import { buildSearchIndex, sourceFromKb } from '../search/build-index';
import { prepareIndex } from '../search/prepare';
import { attachSections } from '../search/prepare-sections';
import { readsAsWords, wordReach } from '../search/word-reach';
import { buildWordFiles } from '../search/word-shards';
import { otherMessages, splitOtherMessages, type OtherKeys } from '../search/other-messages';

type AnyEntry =
	CollectionEntry<'errors'> | CollectionEntry<'causes'> | CollectionEntry<'solutions'>;

/** Splits Astro's `<lang>/<id>` entry id. */
export function splitEntryId(entryId: string): { lang: string; id: string } {
	const [lang = '', id = ''] = entryId.split('/');
	return { lang, id };
}

async function loadRaw(): Promise<{ raw: RawEntry[]; rendered: Map<string, AnyEntry> }> {
	const raw: RawEntry[] = [];
	const rendered = new Map<string, AnyEntry>();
	for (const name of ['errors', 'causes', 'solutions'] as const satisfies CollectionName[]) {
		const entries: AnyEntry[] = await getCollection(name);
		for (const entry of entries) {
			const { lang, id } = splitEntryId(entry.id);
			const file = entry.filePath ?? `content/${name}/${entry.id}.mdx`;
			if (!isLang(lang)) {
				throw new AstroError(
					`${file}: unknown language folder "${lang}"`,
					'Put content files in content/<collection>/fr/ or content/<collection>/en/.',
				);
			}
			raw.push({
				collection: name,
				id,
				lang,
				file,
				data: entry.data,
				body: entry.body,
			} as RawEntry);
			rendered.set(`${name}/${entry.id}`, entry);
		}
	}
	return { raw, rendered };
}

let cached: Promise<{ kb: KnowledgeBase; rendered: Map<string, AnyEntry> }> | undefined;

/** The checked knowledge base plus the entries (for rendering MDX bodies). */
export function loadKnowledgeBase() {
	cached ??= loadRaw().then(({ raw, rendered }) => {
		const { kb, problems } = checkContent(raw);
		if (problems.length > 0) {
			throw new AstroError(
				`Content check failed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${formatProblems(problems)}`,
				'Fix the files and fields named above; see CONTRIBUTING.md for the content model.',
			);
		}
		return { kb, rendered };
	});
	return cached;
}

/** The other Azure Backup errors of both languages, checked against our own codes. */
export async function loadOtherErrorFiles(): Promise<Record<Lang, OtherErrorsData>> {
	const { kb } = await loadKnowledgeBase();
	try {
		return loadOtherErrors(new Set(kb.codes.keys()));
	} catch (e) {
		throw new AstroError(
			(e as Error).message,
			'Fix the files and fields named above; see CONTRIBUTING.md for the content model.',
		);
	}
}

/** The synonym groups of both languages, checked (a mistake names the file and the field). */
function synonyms(): ReturnType<typeof loadSynonyms> {
	try {
		return loadSynonyms();
	} catch (e) {
		throw new AstroError(
			(e as Error).message,
			'Fix the files and fields named above; see CONTRIBUTING.md for the content model.',
		);
	}
}

let checksRead: ReturnType<typeof checksFromDisk> | undefined;
/** The checklist's and the support blocks' checks of both languages, read once per build. */
const checks = () => (checksRead ??= checksFromDisk('content'));

const searchFiles = new Map<Lang, Promise<ReturnType<typeof buildSearchIndex>>>();

/**
 * Both files of one language's search index, built once per build (each file's endpoint asks):
 * the knowledge base, with each entry's MDX body as written for the page prose.
 */
export function loadSearchIndex(lang: Lang): Promise<ReturnType<typeof buildSearchIndex>> {
	let files = searchFiles.get(lang);
	if (!files) {
		files = Promise.all([loadKnowledgeBase(), loadOtherErrorFiles()]).then(
			([{ kb, rendered }, others]) => {
				const bodies = new Map([...rendered].map(([key, entry]) => [key, entry.body ?? '']));
				return buildSearchIndex(
					sourceFromKb(kb, lang, bodies, others[lang], synonyms()[lang], checks()[lang]),
				);
			},
		);
		searchFiles.set(lang, files);
	}
	return files;
}

type WordFiles = ReturnType<typeof buildWordFiles> & {
	otherKeys: OtherKeys;
	otherParts: string[][];
};
const wordFiles = new Map<Lang, Promise<WordFiles>>();

/**
 * The sections of one language split for typed words (src/search/word-shards.ts), and the other
 * errors' messages they may be (src/search/other-messages.ts), built once per build.
 */
export function loadWordFiles(lang: Lang): Promise<WordFiles> {
	let files = wordFiles.get(lang);
	if (!files) {
		files = Promise.all(languages.map(loadSearchIndex)).then((built) => {
			// Each language's first file and its sections, over both files: a word's reach
			// towards a message counts every message typed words may be (message-reach.ts).
			const both = built.map(({ index, sections }) => {
				const first = prepareIndex(index);
				return { first, split: attachSections(first, sections) };
			});
			const { first, split } = both[languages.indexOf(lang)]!;
			const other = both[languages.indexOf(otherLang(lang))]!.first;
			const reach = wordReach(both.flatMap((b) => [b.first, b.split.full!]));
			const files = buildWordFiles(split, first, reach, readsAsWords(first, other));
			const { keys, parts } = splitOtherMessages(otherMessages(split.full!));
			return { ...files, otherKeys: keys, otherParts: parts };
		});
		wordFiles.set(lang, files);
	}
	return files;
}

/** The Astro entry of one language of one entry, to render its MDX body. */
export async function getEntry(
	collection: CollectionName,
	lang: string,
	id: string,
): Promise<AnyEntry> {
	const { rendered } = await loadKnowledgeBase();
	const entry = rendered.get(`${collection}/${lang}/${id}`);
	if (!entry) throw new AstroError(`Missing content entry ${collection}/${lang}/${id}`);
	return entry;
}

/** What a page hands its components to show one solution: its data and its rendered MDX body. */
export interface SolutionView {
	id: string;
	data: SolutionData;
	Content: Awaited<ReturnType<typeof render>>['Content'];
}

/** The solutions `ids` of one language, ready to render, in order. */
export async function solutionViews(
	kb: KnowledgeBase,
	lang: Lang,
	ids: readonly string[],
): Promise<SolutionView[]> {
	return Promise.all(
		ids.map(async (id) => {
			const data = kb.solutions[lang].get(id);
			if (!data) throw new AstroError(`Missing solution ${lang}/${id}`);
			const { Content } = await render(await getEntry('solutions', lang, id));
			return { id, data, Content };
		}),
	);
}

/** A cause of one language with its solutions, ready to render. */
export interface CauseView {
	id: string;
	data: CauseData;
	solutions: SolutionView[];
}

export async function causeView(kb: KnowledgeBase, lang: Lang, id: string): Promise<CauseView> {
	const data = kb.causes[lang].get(id);
	if (!data) throw new AstroError(`Missing cause ${lang}/${id}`);
	return { id, data, solutions: await solutionViews(kb, lang, data.solutions) };
}
