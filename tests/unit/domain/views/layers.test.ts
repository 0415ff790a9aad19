import { describe, expect, it } from 'vitest';
import { kindNames } from '../../../../src/domain/model/schema.ts';
import { announceLayers, kindLayers, markLayers, parseLayers, serializeLayers, setLayer, toggleMarks } from '../../../../src/domain/views/layers.ts';

describe('reading layers', () => {
	it('start with none shown when nothing is saved', () => {
		expect(parseLayers(null)).toEqual([]);
	});

	it('read a saved list in the page’s order, ignoring unknown words', () => {
		expect(parseLayers('notes place bogus person')).toEqual(['person', 'place', 'notes']);
		expect(parseLayers('')).toEqual([]);
	});

	it('read plain text alone, whatever else was saved', () => {
		expect(parseLayers('person plain notes')).toEqual(['plain']);
	});

	it('round-trip through their saved form', () => {
		const layers = setLayer(setLayer([], 'figure', true), 'event', true);
		expect(parseLayers(serializeLayers(layers))).toEqual(['figure', 'event']);
	});

	it('turn one layer on or off, and leave plain text when a mark is turned on', () => {
		expect(setLayer(['person', 'place'], 'person', false)).toEqual(['place']);
		expect(setLayer(['plain'], 'statement', true)).toEqual(['statement']);
		expect(setLayer(['person'], 'plain', true)).toEqual(['plain']);
		expect(setLayer(['plain'], 'plain', false)).toEqual([]);
	});

	it('toggle: hide every mark, then bring back the last ones, or all', () => {
		expect(toggleMarks(['person', 'notes'], [])).toEqual([]);
		expect(toggleMarks([], ['person', 'notes'])).toEqual(['person', 'notes']);
		expect(toggleMarks([], [])).toEqual(markLayers);
		expect(toggleMarks(['plain'], ['plain'])).toEqual(markLayers);
	});

	it('are the schema’s kinds, in its order, and the note numbers', () => {
		expect(kindLayers).toEqual(kindNames);
		expect(markLayers).toEqual([...kindNames, 'notes']);
	});

	it('say what changed in words', () => {
		const nameOf = (layer: string) => layer.toUpperCase();
		expect(announceLayers([], nameOf)).toBe('All marks hidden.');
		expect(announceLayers([...markLayers], nameOf)).toBe('All marks shown.');
		expect(announceLayers(['person', 'notes'], nameOf)).toBe('Shown: PERSON, NOTES.');
		expect(announceLayers(['plain'], nameOf)).toBe('Plain text: the source with no marks.');
	});
});
