/** Typed keys: `t('common:…')` only accepts keys that exist in the English resources. */
import 'i18next';
import type { resources } from './index';

declare module 'i18next' {
	interface CustomTypeOptions {
		defaultNS: 'common';
		resources: (typeof resources)['en'];
		keySeparator: false;
		nsSeparator: ':';
		returnNull: false;
	}
}
