/** Where the reader's own guided walk is kept (per error), shared by the boot and the tools. */
export const storageKey = (errorId: string) => `kb-guided:${errorId}`;
