/** The section "On this page" marks as being read, once the page has drawn the last scroll. */
import type { Page } from '@playwright/test';

/**
 * The id the marked entry of "On this page" leads to, or undefined: read after two frames, since
 * the list marks on the frame after a scroll (a marker read at once may move the next frame).
 */
export const readingAfterScroll = (page: Page): Promise<string | undefined> =>
	page.evaluate(
		() =>
			new Promise<string | undefined>((resolve) =>
				requestAnimationFrame(() =>
					requestAnimationFrame(() =>
						resolve(
							document
								.querySelector('.on-this-page a[data-reading]')
								?.getAttribute('href')
								?.slice(1),
						),
					),
				),
			),
	);
