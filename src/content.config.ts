/**
 * Astro's content collections: errors, causes and solutions, one MDX file per entry per
 * language under `content/<collection>/<lang>/<id>.mdx`. Field-level validation is the Zod
 * schemas' job (Astro names the file and the field); cross-references, twins and aliases are
 * checked by `src/content/graph.ts` when the pages load the knowledge base.
 *
 * `KB_CONTENT_DIR` points the build at another content tree (the bad-content fixtures use it).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas, type CollectionName } from './content/schemas';

const root = process.env.KB_CONTENT_DIR ?? './content';

function collection(name: CollectionName) {
	return defineCollection({
		loader: glob({
			pattern: '{en,fr}/*.{md,mdx}',
			base: `${root}/${name}`,
			// Keep `<lang>/<id>`: twins share the id, the folder is the language.
			generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
		}),
		schema: collectionSchemas[name],
	});
}

export const collections = {
	errors: collection('errors'),
	causes: collection('causes'),
	solutions: collection('solutions'),
};
