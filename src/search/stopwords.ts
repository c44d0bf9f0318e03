/**
 * Words that say nothing about which error it is, in French and English (folded forms).
 * They weigh nothing when choosing phrases and when measuring how much of a phrase matched.
 */
export const stopwords: ReadonlySet<string> = new Set(
	// English
	(
		'a an the and or but if then than so as at by for from in into of on onto to with without within via ' +
		'is are was were be been being am do does did done has have had having will would shall should can could may might must ' +
		'i me my we our us you your he she it its they them their this that these those there here what which who whom whose when where why how ' +
		'not no nor all any each every some such only own same too very just also again further once more most other about above below ' +
		'up down out over under after before because while during until please see refer hi hello thanks thank regards team ' +
		// French (those English has too, `a`, `as`, `me`, `on`, `or`, are listed there)
		'le la les l un une des du de d au aux et ou mais donc ni car si que qu qui quoi dont ce cet cette ces se s sa son ses ' +
		'leur leurs mon ma mes ton ta tes notre nos votre vos il elle ils elles nous vous je j m te t lui y en ne n pas plus ' +
		'est sont etait etre ete ai avons avez ont avait avoir fait faire par pour sur sous dans avec sans chez entre vers ' +
		'tres aussi bien tout tous toute toutes merci bonjour cordialement'
	).split(' '),
);

/** A word that weighs nothing in any index: a stop word, a single letter, a word with digits (an id, a version). */
export const weighsNothing = (w: string): boolean =>
	stopwords.has(w) || w.length < 2 || /\d/.test(w);
