import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	defaultReportEmail,
	reportBody,
	reportHref,
	reportTemplate,
} from '../../../src/lib/report';

const labels = { page: 'Page', lang: 'Language', paste: 'Pasted text', prompt: 'What went wrong?' };
const fields = { page: 'https://kb.test/en/search/', lang: 'en', title: 'No match' };

describe('report link', () => {
	it('uses the URL template when one is set, else an e-mail address, else the placeholder', () => {
		expect(reportTemplate({ KB_REPORT_URL: 'https://t/new?b={body}' })).toBe(
			'https://t/new?b={body}',
		);
		expect(reportTemplate({ KB_REPORT_EMAIL: 'kb@corp.test' })).toBe(
			'mailto:kb@corp.test?subject={title}&body={body}',
		);
		expect(reportTemplate({})).toBe(`mailto:${defaultReportEmail}?subject={title}&body={body}`);
	});

	it('carries the page, the language and the paste in the body', () => {
		const body = reportBody({ ...fields, paste: 'UserErrorSomething' }, labels);
		expect(body).toContain('Page: https://kb.test/en/search/');
		expect(body).toContain('Language: en');
		expect(body).toContain('Pasted text:\nUserErrorSomething');
		expect(reportBody(fields, labels)).not.toContain('Pasted text');
	});

	it('fills every placeholder URL-encoded, and a paste cannot break out of its parameter', () => {
		const href = reportHref(
			'https://t/new?title={title}&p={page}&l={lang}&q={paste}',
			{ ...fields, paste: 'a&b=c #d' },
			labels,
		);
		const url = new URL(href);
		expect(url.searchParams.get('title')).toBe('No match');
		expect(url.searchParams.get('p')).toBe(fields.page);
		expect(url.searchParams.get('l')).toBe('en');
		expect(url.searchParams.get('q')).toBe('a&b=c #d');
		fc.assert(
			fc.property(fc.string(), (paste) => {
				const u = new URL(reportHref('https://t/?q={paste}', { ...fields, paste }, labels));
				return u.searchParams.get('q') === paste && [...u.searchParams.keys()].length === 1;
			}),
		);
		// A broken paste (a lone surrogate) does not throw.
		expect(reportHref('https://t/?q={paste}', { ...fields, paste: 'a\uD800b' }, labels)).toBe(
			'https://t/?q=a%EF%BF%BDb',
		);
	});
});
