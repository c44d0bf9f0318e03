/** Where the reader's own guided walk is kept (per error), shared by the boot and the tools. */
export const storageKey = (errorId: string) => `kb-guided:${errorId}`;
/** The guest OS the reader chose last, on any error page: the filter starts from it on the next. */
export const osKey = 'kb-os';

export function storedOs(): 'windows' | 'linux' | undefined {
	try {
		const os = localStorage.getItem(osKey);
		return os === 'windows' || os === 'linux' ? os : undefined;
	} catch {
		return undefined;
	}
}

export function storeOs(os: 'windows' | 'linux' | undefined): void {
	try {
		if (os) localStorage.setItem(osKey, os);
		else localStorage.removeItem(osKey);
	} catch {
		/* storage refused: this page keeps the filter in its URL */
	}
}
