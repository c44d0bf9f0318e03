/**
 * The one script every page of the layout loads before any interaction: each part starts only
 * where its elements are. One module rather than one per component: the browser fetches one
 * file, and it compresses better than a dozen small ones (an error page ships ~1.5 KB gzip less).
 * The search and the guided tools stay out of it: they load on first use.
 */
import { bootHeaderSearch } from './search/boot';
import { initLanguageSwitch } from './language-switch';
import { initCopyLinks } from './copy-link';
import { initCopyButtons } from './copy-code';
import { followReading } from './on-this-page';
import { bootGuided } from './guided/boot';
import { initPasteBox } from './paste-box';
import { bootLegacyArticle } from './links/legacy-boot';
import { initThemeSwitch } from './theme-switch';

bootHeaderSearch();
initLanguageSwitch();
initCopyLinks();
initCopyButtons();
followReading();
bootGuided();
initPasteBox();
bootLegacyArticle();
initThemeSwitch();
