/**
 * Fills `{{name}}` placeholders of a UI string in the browser, where i18next is not shipped
 * (the strings come through a `data-` attribute). Same syntax as i18next's interpolation, so one
 * parity test covers every placeholder. Unknown names stay as they are.
 */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
		Object.hasOwn(values, name) ? String(values[name]) : whole,
	);
}
