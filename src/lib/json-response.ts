/** The search's files as the build writes them: JSON served as UTF-8 (one place for the header). */
const headers = { 'Content-Type': 'application/json; charset=utf-8' };

/** Text that is already JSON (the UI strings). */
export const jsonTextResponse = (json: string): Response => new Response(json, { headers });

/** A value, written as JSON. */
export const jsonResponse = (value: unknown): Response => jsonTextResponse(JSON.stringify(value));
