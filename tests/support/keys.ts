/**
 * Key presses sent to Chromium at once, through the same DevTools events Playwright's keyboard
 * sends: Chromium handles them in order, as from a fast typist, without a round trip per key.
 */
import type { Page } from '@playwright/test';

interface KeyEvent {
	type: 'keyDown' | 'keyUp' | 'rawKeyDown';
	key: string;
	code?: string;
	text?: string;
	unmodifiedText?: string;
	windowsVirtualKeyCode?: number;
}

async function dispatch(page: Page, events: KeyEvent[]): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await Promise.all(events.map((e) => cdp.send('Input.dispatchKeyEvent', e)));
	} finally {
		await cdp.detach();
	}
}

/** Presses Tab `times` times, as `page.keyboard.press('Tab')` does. */
export function pressTab(page: Page, times: number): Promise<void> {
	const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
	return dispatch(
		page,
		Array.from({ length: times }, () => [
			{ type: 'rawKeyDown' as const, ...key },
			{ type: 'keyUp' as const, ...key },
		]).flat(),
	);
}

/**
 * Types `text` into the focused element one character at a time, a key down (carrying the
 * character, so each one is an input event) and a key up per character, as
 * `locator.pressSequentially` does.
 */
export function typeText(page: Page, text: string): Promise<void> {
	return dispatch(
		page,
		[...text].flatMap((ch) => [
			{ type: 'keyDown' as const, key: ch, text: ch, unmodifiedText: ch },
			{ type: 'keyUp' as const, key: ch },
		]),
	);
}
