/** Starts `astro preview` of the built site on 127.0.0.1 (beside any other one) for a script. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Preview {
	url: string;
	stop(): void;
}

export async function startPreview(port: number): Promise<Preview> {
	if (!existsSync('dist/index.html'))
		throw new Error('No built site in dist/: run `npm run build` first.');
	const child = spawn(
		process.execPath,
		[
			'node_modules/astro/bin/astro.mjs',
			'preview',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
			'--ignore-lock',
		],
		{ stdio: 'ignore' },
	);
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${url}/en/`)).ok) return { url, stop: () => child.kill() };
		} catch {
			/* not up yet */
		}
		if (child.exitCode !== null) break;
		await new Promise((r) => setTimeout(r, 200));
	}
	child.kill();
	throw new Error(`astro preview did not start on ${url}.`);
}
