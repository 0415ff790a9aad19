/**
 * `npm run shard-index`: the shard index of an archive built in shards (docs/scaling.md), made
 * from every shard's content alone, before any shard is built. Each shard's build reads it
 * (SHARD_INDEX) to link its subjects' pages across shards.
 *
 *   npm run shard-index -- --out shards.json \
 *     --base /2014/ --label 2014 --content shards/2014/content \
 *     --base /2015/ --label 2015 --content shards/2015/content
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentErrors } from '../src/domain/model/errors.ts';
import { shardIndex } from '../src/domain/views/shards.ts';
import { shardOfContent } from '../src/loading/load.ts';

const { values } = parseArgs({
	options: {
		out: { type: 'string', default: 'shards.json' },
		base: { type: 'string', multiple: true, default: [] },
		label: { type: 'string', multiple: true, default: [] },
		content: { type: 'string', multiple: true, default: [] },
	},
});
const { base, label, content } = values;
if (base.length === 0 || base.length !== label.length || base.length !== content.length) {
	console.error('Give every shard, oldest first, as --base /2014/ --label 2014 --content <its content folder>.');
	process.exit(1);
}
try {
	const index = shardIndex(base.map((path, at) => shardOfContent(path, label[at]!, resolve(content[at]!))));
	writeFileSync(resolve(values.out), `${JSON.stringify(index)}\n`);
	console.log(`Wrote ${values.out}: ${index.shards.map((shard) => `${shard.base} ${shard.subjects.length} subjects`).join(', ')}.`);
} catch (error) {
	if (!(error instanceof ContentErrors)) throw error;
	console.error(error.message);
	process.exitCode = 1;
}
