/** `astro dev` in a child process, on a port the system picks, for tests of what an editor sees. */
import { spawn, type ChildProcess } from 'node:child_process';
import { astroBin, astroEnv, projectRoot } from './build.ts';

export interface DevServer {
	process: ChildProcess;
	origin: string;
	/** Everything the server has printed so far. */
	output(): string;
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
				found({ process: child, origin: url[0], output: () => output });
			}
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', read);
		child.on('exit', (code) => failed(new Error(`astro dev exited (${code}):\n${output}`)));
	});
}
