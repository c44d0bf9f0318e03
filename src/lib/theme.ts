/**
 * The light / dark / system switch. The choice is kept in localStorage and applied before the
 * first paint by a one-line inline script in <head> (BaseHead.astro): the strict CSP allows it by
 * its hash, computed from this very string in astro.config.mjs (and kept by the page-csp
 * integration, which lists each page's own inline scripts), so the two cannot drift apart.
 */
export const themeStorageKey = 'kb-theme';
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const isTheme = (value: unknown): value is Theme =>
	typeof value === 'string' && (themes as readonly string[]).includes(value);

/**
 * Before the first paint: the stored theme, and `data-theme-switch` on the root once storage is
 * known to work, so the switch takes its place at once (showing it later shifted the header).
 */
export const themeInitScript = `try{var d=document.documentElement,t=localStorage.getItem('${themeStorageKey}');if(t==='light'||t==='dark')d.dataset.theme=t;d.dataset.themeSwitch=''}catch(e){}`;
