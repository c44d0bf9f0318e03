/** A page's outline, as "On this page" lists it (SectionsToc.astro). */

/** One section: its anchor, its heading's inline HTML, the sections under it. */
export interface OutlineSection {
	id: string;
	html: string;
	children: OutlineSection[];
}
