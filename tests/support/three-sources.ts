/** A small sourcebook of three sources, for the comparison's unit tests. */
import { buildSourcebook, type ContentInput } from '../../src/domain/model/sourcebook.ts';
import { people, statements } from './subjects.ts';

const numbers = `
    - aspect: numbers
      summary: a counts a total, b one day.
      readings:
        a: At least 509 were killed
        b: More than 100 died`;
const figures = `
- id: killed-509
  label: Killed in all
  value: 509
  unit: people killed
  qualifier: at-least
  asOf: "2014-07-21"
  measure: killed
  differences:${numbers}
- id: killed-100
  label: Killed in one day
  value: 100
  unit: people killed
  qualifier: more-than
  asOf: "2014-07-20"
  measure: killed
  differences:${numbers}
- id: calls
  label: Calls
  value: 2
  unit: calls
  asOf: "2014-07-20"
  measure: calls
`;
const events = `
- id: trip
  label: Kerry travels
  date: "2014-07-21"
  dateNote: "“On Monday”."
- id: week
  label: Last week
  date: 2014-07-14/2014-07-20
- id: conflict
  label: The conflict
  date: "2014-07"
- id: the-year
  label: The year
  date: "2014"
- id: ceasefire
  label: The ceasefire
  date: "2012-11"
`;

const articles = [
	{
		slug: 'a',
		source: 'Ban said: “I condemn this.”\nKerry flew. At least 509 were killed.',
		body: '<Person id="ban-ki-moon">Ban</Person> said: <Statement id="ban-condemns">“I condemn this.”</Statement>\n\n<Event id="trip"><Person id="john-kerry">Kerry</Person> flew</Event>. At least <Figure id="killed-509">509</Figure> were killed.',
	},
	{
		slug: 'b',
		source: 'Secretary Kerry flew on Monday.\n\nThe UN chief said: “I condemn this.”\nMore than 100 died.',
		body: '<Event id="trip"><Person id="john-kerry">Secretary Kerry</Person> flew on Monday</Event>.\n\nThe <Person id="ban-ki-moon">UN chief</Person> said: <Statement id="ban-condemns">“I condemn this.”</Statement>\n\nMore than <Figure id="killed-100">100</Figure> died.',
	},
	{
		slug: 'c',
		source: 'Kerry flew.\nBan slept.',
		body: '<Event id="trip"><Person id="john-kerry">Kerry</Person> flew</Event>.\n\n<Person id="ban-ki-moon">Ban</Person> slept.',
	},
];

export const input: ContentInput = {
	subjectFiles: [
		{ collection: 'people', file: 'people.yaml', text: people },
		{ collection: 'statements', file: 'statements.yaml', text: statements },
		{ collection: 'figures', file: 'figures.yaml', text: figures },
		{ collection: 'events', file: 'events.yaml', text: events },
	],
	articleFiles: articles.map(({ slug, source, body }) => ({
		slug,
		file: `articles/${slug}.mdx`,
		mdx: `---\ntitle: Source ${slug.toUpperCase()}\noutlet: Outlet ${slug.toUpperCase()}\nbyline: null\npublished: 2014-07-21\nurl: null\nsummary: A test.\n---\n\n${body}\n`,
		sourceFile: `sources/${slug}.txt`,
		sourceText: source,
	})),
};

export const book = buildSourcebook(input);
