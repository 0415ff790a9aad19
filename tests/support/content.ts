/** The real content, read by the domain: the oracle the built site is checked against. */
import { join } from 'node:path';
import { loadEditorial, loadSourcebook } from '../../src/loading/load.ts';
import { projectRoot } from './build.ts';

export const book = loadSourcebook(join(projectRoot, 'content'), projectRoot);
export const editorial = loadEditorial(book, join(projectRoot, 'content'), projectRoot);
