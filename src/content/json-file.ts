/** A content JSON file checked against its schema (support blocks, other errors, synonyms). */
import type { z } from 'astro/zod';

/** The file's data, or an error naming the file and each wrong field (`groups.0.1: …`). */
export function parseJsonFile<T extends z.ZodTypeAny>(
	schema: T,
	file: string,
	json: unknown,
): z.output<T> {
	const result = schema.safeParse(json);
	if (!result.success)
		throw new Error(
			`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
		);
	return result.data as z.output<T>;
}
