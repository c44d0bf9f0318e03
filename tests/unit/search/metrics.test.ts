import { describe, expect, it } from 'vitest';
import { wilsonInterval, withInterval } from '../../../bench/search/metrics';

describe('the 95 % interval of a figure (Wilson)', () => {
	it('meets its closed forms at the ends and the textbook centre', () => {
		const z2 = 1.96 ** 2;
		// None of n: the upper end is z²/(n + z²). All of n: the lower end is n/(n + z²).
		expect(wilsonInterval(0, 10)[1]).toBeCloseTo(z2 / (10 + z2), 10);
		expect(wilsonInterval(15, 15)[0]).toBeCloseTo(15 / (15 + z2), 10);
		// Half of n: symmetric around 0.5.
		const [low, high] = wilsonInterval(50, 100);
		expect(low + high).toBeCloseTo(1, 10);
		expect(low).toBeCloseTo(0.4038, 4);
	});
	it('stays within 0 and 1 at the ends, where a normal interval would not', () => {
		expect(wilsonInterval(0, 10)[0]).toBe(0);
		expect(wilsonInterval(0, 10)[1]).toBeGreaterThan(0.2);
		expect(wilsonInterval(15, 15)[1]).toBe(1);
		expect(wilsonInterval(15, 15)[0]).toBeLessThan(0.85);
		expect(wilsonInterval(0, 0)).toEqual([0, 1]);
	});
	it('narrows as the texts grow', () => {
		const width = ([a, b]: [number, number]) => b - a;
		expect(width(wilsonInterval(80, 100))).toBeGreaterThan(width(wilsonInterval(800, 1000)));
	});
	it('prints the count with its interval in whole percents', () => {
		expect(withInterval(161, 216)).toBe('161/216 (68–80 %)');
		expect(withInterval(0, 0)).toBe('0/0');
	});
});
