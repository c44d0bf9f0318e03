/**
 * The content model, one Zod schema per collection.
 *
 * Shared by `src/content.config.ts` (Astro's build) and by the Node-side reader
 * (`src/content/from-disk.ts`) used in unit tests and scripts, so both validate
 * exactly the same way. The id of an entry is its file name (`content/errors/en/<id>.mdx`),
 * the language its folder: twins share the id.
 */
import { z } from 'astro/zod';

/**
 * Length limits of text fields and lists. Far above real content (the longest step text is under
 * 500 characters), they stop a malformed or hostile file from stalling the build: rendering inline
 * Markdown is super-linear on some inputs (100,000 repetitions of `*a` took 13.5 s).
 */
export const maxLength = {
	/** Ids, codes, anchors. */
	name: 200,
	/** Titles, labels, conditions. */
	heading: 300,
	/** A step's heading: a few words. */
	title: 120,
	/** Messages, variants, summaries, signatures. */
	sentence: 1_000,
	/** Inline Markdown: step text, notes, intros. */
	inline: 3_000,
	/** A command, key or configuration block (verbatim). */
	verbatim: 4_000,
} as const;
/** Most items of any list field. */
export const maxItems = 100;

/** A non-empty string of at most `max` characters. */
const text = (max: number) =>
	z
		.string()
		.min(1)
		.max(max, `keep it under ${max} characters (a longer field is a mistake and slows the build)`);

/** A list of at most `maxItems` items. */
const list = <T extends z.ZodTypeAny>(item: T) =>
	z.array(item).max(maxItems, `list at most ${maxItems} items`);

/** A language-neutral id: lowercase words joined by hyphens. Used in URLs and anchors. */
export const idSchema = z
	.string()
	.max(maxLength.name, `keep an id under ${maxLength.name} characters`)
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'use lowercase letters, digits and single hyphens (e.g. "no-internet-access")',
	);

/** Which guest operating systems an entry applies to. */
export const guestSchema = z.enum(['all', 'windows', 'linux']);

/** An ordered list of references to entries of another collection (order is meaningful). */
const orderedRefs = list(idSchema).min(
	1,
	'list at least one reference; order is the order to try them',
);

/** Where a fact comes from: one edition of a public Microsoft article. */
export const sourceSchema = z.strictObject({
	/** GitHub repository, `owner/name` (e.g. `MicrosoftDocs/azure-docs.fr-fr`). */
	repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'write the repository as owner/name'),
	/** Path of the article inside the repository. */
	path: text(maxLength.heading),
	/** Commit read, 40 hex digits, when the copy read had one. */
	commit: z
		.string()
		.regex(/^[0-9a-f]{40}$/, 'a commit is 40 lowercase hex digits')
		.optional(),
	/** The edition's date (its `ms.date`, or `ms.lasthandoff` for a translation), YYYY-MM-DD (YAML may read it as a date). */
	date: z.preprocess(
		(v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
		z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD'),
	),
});

/**
 * Where a shared wording was seen: an edition of an article. Old copies found only by their text
 * may not name their repository, so `repo` and `path` are optional here and `title` says which article.
 */
export const wordingSourceSchema = z.strictObject({
	title: text(maxLength.heading).optional(),
	repo: sourceSchema.shape.repo.optional(),
	path: text(maxLength.heading).optional(),
	commit: sourceSchema.shape.commit,
	date: sourceSchema.shape.date,
});

/**
 * A wording (as the portal or an edition showed it) that belongs to two errors: both errors
 * declare it, each naming the other in `with`, and it is the message or a variant of both.
 */
export const sharedWordingSchema = z.strictObject({
	/** The exact wording in this language, as in `message` or `variants`. */
	text: text(maxLength.sentence),
	/** Id of the other error this wording also belongs to. */
	with: idSchema,
	source: wordingSourceSchema,
});

/** Where a signature was seen: a file in a public repository, or a public page. */
export const signatureSourceSchema = z
	.strictObject({
		repo: sourceSchema.shape.repo.optional(),
		path: text(maxLength.heading).optional(),
		commit: sourceSchema.shape.commit,
		url: z
			.string()
			.max(maxLength.heading)
			.regex(/^https:\/\/\S+$/, 'a source URL starts with https://')
			.optional(),
		date: sourceSchema.shape.date.optional(),
	})
	.refine((s) => (s.repo && s.path) || s.url, {
		message: 'name the source: repo and path, or url',
	});

/**
 * What an error or a cause looks like from where the user stands, in words other than its
 * message: a line of the agent's or the extension's log, an agent or extension state in the
 * portal, an event-log entry, a portal self-help wording, a symptom. The search matches them;
 * the page lists them under "What it looks like".
 */
export const signatureSchema = z
	.strictObject({
		kind: z.enum(['agent-log', 'extension-log', 'event-log', 'portal', 'self-help', 'symptom']),
		/** Verbatim for logs, states and self-help texts; a short description for a symptom. */
		text: text(600),
		/** The text's language when it is not the file's (logs are English on French pages too). */
		lang: z.enum(['en', 'fr']).optional(),
		/** Guests where this is seen. */
		guest: guestSchema.default('all'),
		/**
		 * For a log line: the part of `text` that identifies it (`WindowsAzureGuestAgent could not be
		 * stopped`), within one of its phrases. The rest (an exception's message, an exit code) other
		 * programs write too: alone, it is no proof. Without a key, a log line cut in several phrases
		 * proves only by more than one of them.
		 */
		key: text(maxLength.sentence).optional(),
		source: signatureSourceSchema,
	})
	.refine((s) => s.key === undefined || s.text.includes(s.key), {
		message: 'write the key as a part of the text, exactly as it is written there',
		path: ['key'],
	});

/** Fields every entry has: stable links survive renames and the original article's anchors. */
const linkable = {
	/** The article editions this entry's facts were checked against (empty for the seed's own entries). */
	sources: list(sourceSchema).default([]),
	/** Anchors of the original article (`<a name=…>` in the seed) that must lead here. */
	legacyAnchors: list(text(maxLength.name)).default([]),
	/** Ids this entry had before a rename; their old URLs redirect here. */
	formerIds: list(idSchema).default([]),
	/**
	 * The only `http://` links this entry may carry (links are https:// otherwise): each exact URL,
	 * with why https will not do. Kept rare on purpose; the build refuses any other http link.
	 */
	httpLinks: list(
		z.strictObject({
			url: z
				.string()
				.max(maxLength.heading)
				.regex(/^http:\/\/\S+$/, 'an http link starts with http:// and has no spaces'),
			/** Why it cannot be https (the host serves no https, checked on a date). */
			why: text(maxLength.sentence),
		}),
	).default([]),
};

/** Day the page's content was last checked against Microsoft's current documentation (YYYY-MM-DD); shown on the page. */
const reviewed = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
	.optional();

/** Position in lists and in the errors × causes matrix (the seed's order); language-neutral. */
const order = z.number().int().positive().optional();

export const errorSchema = z.strictObject({
	order,
	/** Heading of the error page in this language. */
	title: text(maxLength.heading),
	/** The exact message as the portal shows it in this language (verbatim, never reworded). */
	message: text(maxLength.sentence),
	/** Other exact wordings users paste: older/newer doc versions, portal long forms. */
	variants: list(text(maxLength.sentence)).default([]),
	/** Error codes, exact spelling (misspelled historical codes included). Same in both languages. */
	codes: list(
		z
			.string()
			.max(maxLength.name)
			.regex(/^[A-Za-z][A-Za-z0-9]*$/, 'an error code is one word of letters and digits'),
	).min(1),
	/** One sentence: when this error happens. */
	summary: text(maxLength.sentence),
	/** Cause ids in the order the reader should try them. */
	causes: orderedRefs,
	reviewed,
	/** Causes a later edition appended after the seed's (each also in `causes`), with that edition. */
	laterCauses: list(z.strictObject({ cause: idSchema, addedBy: sourceSchema })).default([]),
	/** Wordings this error shares with another error (declared on both); the page links to the other. */
	sharedWordings: list(sharedWordingSchema).default([]),
	/** Other words for this error: self-help texts, states, log lines (matched by the search). */
	signatures: list(signatureSchema).default([]),
	...linkable,
});

export const causeSchema = z.strictObject({
	order,
	/** Full title in this language. */
	title: text(maxLength.heading),
	/** A few words for the errors × causes matrix and compact lists. */
	shortTitle: text(maxLength.heading),
	/** Guests this cause applies to. */
	appliesTo: guestSchema,
	/** One sentence: why this breaks the backup. */
	summary: text(maxLength.sentence),
	/** Solution ids in the order to apply them. */
	solutions: orderedRefs,
	/**
	 * `table`: solutions are sub-causes shown as a scannable table (each solution needs a `condition`).
	 * (Not named `layout`: MDX reads a `layout` front-matter field as a layout component to import.)
	 */
	presentation: z.enum(['steps', 'table']).default('steps'),
	reviewed,
	/** What this cause looks like inside the VM or in the portal (matched by the search). */
	signatures: list(signatureSchema).default([]),
	...linkable,
});

/** A command, registry key, path or setting: shown in monospace with a copy button. */
export const codeSchema = z.strictObject({
	/** The exact text to type or look for (verbatim). */
	value: text(maxLength.verbatim),
	/** What it is: picks the label and the highlighting. */
	kind: z.enum(['shell', 'powershell', 'registry', 'path', 'config', 'service', 'text']),
	/** Optional short label in this language (e.g. "Ubuntu"). */
	label: text(maxLength.heading).optional(),
	/** The text's language when it is not the file's (an English log line on a French page). */
	lang: z.enum(['en', 'fr']).optional(),
});

export const stepSchema = z.strictObject({
	/** Stable id, unique within the solution; the step's anchor is `<solution>--<step>`. */
	id: idSchema,
	/**
	 * The step's heading in this language: what it does, in a few words (inline Markdown:
	 * `code` allowed). Shown above its text and as the title of a search result; the search
	 * reads none of its words (docs/search.md, "Step titles").
	 */
	title: text(maxLength.title),
	/** The instruction, inline Markdown (bold, `code`, [links](https://…)). */
	text: text(maxLength.inline),
	/** Commands, keys, paths or settings for this step, in order. */
	code: list(codeSchema).default([]),
	/** A caveat shown with the step (inline Markdown). */
	note: text(maxLength.inline).optional(),
	/** Guests this step applies to, when narrower than its solution. */
	appliesTo: guestSchema.optional(),
	/** Year of the method, only when the step is historical (kept for history); shown as a badge. */
	era: z.number().int().min(2010).max(2100).optional(),
});

export const noteSchema = z.strictObject({
	kind: z.enum(['note', 'important', 'tip']).default('note'),
	/** Inline Markdown. */
	text: text(maxLength.inline),
});

export const solutionSchema = z.strictObject({
	/** Title in this language (imperative: what to do). */
	title: text(maxLength.heading),
	/** Guests this solution applies to. */
	appliesTo: guestSchema.default('all'),
	/** For a cause with `presentation: table`: the sub-cause this row answers (the left column). */
	condition: text(maxLength.heading).optional(),
	/** Ordered steps; every step has its own id. */
	steps: list(stepSchema).min(1, 'a solution needs at least one step'),
	/** Callouts shown after the steps (inline Markdown). */
	notes: list(noteSchema).default([]),
	...linkable,
});

export type SourceData = z.infer<typeof sourceSchema>;
export type SignatureData = z.infer<typeof signatureSchema>;
export type ErrorData = z.infer<typeof errorSchema>;
export type CauseData = z.infer<typeof causeSchema>;
export type SolutionData = z.infer<typeof solutionSchema>;
export type StepData = z.infer<typeof stepSchema>;
export type CodeData = z.infer<typeof codeSchema>;
export type Guest = z.infer<typeof guestSchema>;

export const collectionSchemas = {
	errors: errorSchema,
	causes: causeSchema,
	solutions: solutionSchema,
} as const;
export type CollectionName = keyof typeof collectionSchemas;

/** A reusable support block shown on every error and cause page (content/support/<lang>.json). */
export const supportBlockSchema = z.strictObject({
	/** Heading in this language. */
	title: text(maxLength.heading),
	/** One sentence before the steps (inline Markdown). */
	intro: text(maxLength.inline),
	/** Ordered steps, same ids and code as the other language. */
	steps: list(stepSchema).min(1),
});

/** The support blocks of one language: checking a fix, and what to collect before a ticket. */
export const supportSchema = z.strictObject({
	/** How to check that a fix worked (agent Ready, extension succeeded, Backup now). */
	verify: supportBlockSchema,
	/** What to collect before opening a ticket: logs per guest (steps) and identifiers. */
	collect: supportBlockSchema.extend({
		/** Heading of the identifier list in this language. */
		identifiersTitle: text(maxLength.heading),
		/** What support asks for, one item each (also added to "Copy for ticket"). */
		identifiers: list(text(maxLength.sentence)).min(1),
	}),
});
export type SupportData = z.infer<typeof supportSchema>;

/**
 * Another Azure Backup error, one this site does not cover, as Microsoft's troubleshooting
 * article words it. The search recognises it and says so (with a link to the article) instead
 * of offering the closest page of ours; the other-errors page lists them.
 */
export const otherErrorSchema = z.strictObject({
	/** Stable id, the same in both languages: the first code in lower case, hyphenated at its words. */
	id: idSchema,
	/** Its error codes, exact spelling (`UserErrorVmNotInDesirableState`, `380008`); none for some. */
	codes: list(
		z
			.string()
			.max(maxLength.name)
			.regex(/^[A-Za-z0-9]+$/, 'a code is letters and digits only, as Azure prints it'),
	).default([]),
	/** The message in this language, verbatim, as the current edition of the article gives it. */
	message: text(maxLength.sentence),
	/** Other wordings of the same message (older editions, the portal), verbatim. */
	variants: list(text(maxLength.sentence)).default([]),
	/** The message's language when it is not the file's (a message the French article never translated). */
	lang: z.enum(['en', 'fr']).optional(),
	/** Microsoft's page that covers it, with its section anchor; no locale in the path: Learn serves the reader's language. */
	doc: z
		.string()
		.max(maxLength.heading)
		.regex(
			/^https:\/\/learn\.microsoft\.com\/(?![a-z]{2}-[a-z]{2}\/)\S+$/,
			'link to the article on https://learn.microsoft.com/ without a locale (https://learn.microsoft.com/azure/backup/…#anchor): Learn serves the reader’s language',
		),
	source: wordingSourceSchema,
});
export type OtherErrorData = z.infer<typeof otherErrorSchema>;

/** `content/other-errors/<lang>.json`. */
export const otherErrorsSchema = z.strictObject({
	/** What the file is and where its entries come from. */
	about: text(maxLength.inline),
	errors: z.array(otherErrorSchema).max(500, 'list at most 500 errors'),
});
export type OtherErrorsData = z.infer<typeof otherErrorsSchema>;

/**
 * `content/synonyms/<lang>.json`: words people use for what the site says with other words
 * (`whitelist` for `allow`). In search, a word of a group stands for the others.
 */
export const synonymsSchema = z.strictObject({
	/** What the file is and how search uses it. */
	about: text(maxLength.inline),
	groups: z
		.array(
			z
				.array(
					z
						.string()
						.max(maxLength.name)
						.regex(/^[\p{L}\p{N}]+$/u, 'one word per entry: letters and digits, no space'),
				)
				.min(2, 'a group needs at least two words')
				.max(maxItems, `list at most ${maxItems} words`),
		)
		.max(1_000, 'list at most 1,000 groups'),
	/**
	 * Groups in which an entry may be several words ("VM", "virtual machine"): a pasted phrase
	 * holding one entry is also read with each other entry of its group in its place.
	 */
	phrases: z
		.array(
			z
				.array(
					z
						.string()
						.max(maxLength.name)
						.regex(
							/^[\p{L}\p{N}]+( [\p{L}\p{N}]+)*$/u,
							'words of letters and digits, one space between them',
						),
				)
				.min(2, 'a group needs at least two entries')
				.max(maxItems, `list at most ${maxItems} entries`)
				.refine((g) => g.some((e) => e.includes(' ')), {
					message: 'a group of single words belongs in `groups`',
				}),
		)
		.max(100, 'list at most 100 groups')
		.optional(),
});
export type SynonymsData = z.infer<typeof synonymsSchema>;
