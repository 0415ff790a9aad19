/** `astro dev` in a child process, on a port the system picks, for tests of what an editor sees. */
import { spawn, type ChildProcess } from 'node:child_process';
import { astroBin, astroEnv, projectRoot } from './build.ts';

export interface DevServer {
	process: ChildProcess;
	origin: string;
	/** Everything the server has printed so far. */
	output(): string;
	/**
	 * A GET from the server, sent again (at most twice, half a second apart) if the connection
	 * closed under it or was refused: the dev server restarts itself when Vite optimizes a
	 * dependency it found late, and a browser retries an idempotent request the same way.
	 */
	get(path: string): Promise<Response>;
}

const restartFaults = new Set(['UND_ERR_SOCKET', 'ECONNREFUSED', 'ECONNRESET']);

function closedUnder(error: unknown): boolean {
	return error instanceof TypeError && restartFaults.has((error.cause as { code?: string } | undefined)?.code ?? '');
}

async function getAcrossRestarts(url: string, attemptsLeft = 3): Promise<Response> {
	try {
		return await fetch(url);
	} catch (error) {
		if (attemptsLeft <= 1 || !closedUnder(error)) throw error;
		await new Promise((resolve) => setTimeout(resolve, 500));
		return getAcrossRestarts(url, attemptsLeft - 1);
	}
}

export function startDev(settings: Record<string, string | undefined>): Promise<DevServer> {
	// Port 0: the system picks a free one, which the server prints.
	const child = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', '0'], { cwd: projectRoot, env: astroEnv(settings) });
	let output = '';
	return new Promise<DevServer>((found, failed) => {
		const timer = setTimeout(() => failed(new Error(`astro dev did not start within 60 s:\n${output}`)), 60_000);
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
			if (url) {
				clearTimeout(timer);
				const origin = url[0];
				found({ process: child, origin, output: () => output, get: (path) => getAcrossRestarts(`${origin}${path}`) });
			}
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', read);
		child.on('exit', (code) => failed(new Error(`astro dev exited (${code}):\n${output}`)));
	});
}
