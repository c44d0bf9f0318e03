/** The search page's report link carries the current paste (src/lib/report.ts builds the link). */
import { reportHref, type ReportFields, type ReportLabels } from '../lib/report';

export function followPaste(): void {
	const link = document.querySelector<HTMLAnchorElement>('a[data-report]');
	const box = document.querySelector<HTMLTextAreaElement>('#search-page-input');
	if (!link || !box) return;
	let data: { template: string; fields: ReportFields; labels: ReportLabels };
	try {
		data = JSON.parse(link.dataset.report ?? '');
	} catch {
		return; // The link still opens a report, without the paste.
	}
	const update = () => {
		const paste = box.value.trim();
		link.href = reportHref(
			data.template,
			paste ? { ...data.fields, paste } : data.fields,
			data.labels,
		);
	};
	box.addEventListener('input', update);
	update();
}
