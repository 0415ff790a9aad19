/**
 * The MUST statements of the W3C Web Annotation Data Model and Protocol that Sourcebook's files
 * could break, as JSON Schemas for a JSON Schema validator (Ajv). Written here from the
 * specifications' text: ids, bodies, targets and page links are IRIs; every annotation, page and
 * collection says what it is; an annotation that can be served alone carries the model's context;
 * selectors and page positions have what the model requires of them.
 */
import { Ajv, type ValidateFunction } from 'ajv';

const annoContext = 'http://www.w3.org/ns/anno.jsonld';
/** An absolute IRI: a scheme, then no white space (RFC 3987's shape, as far as it matters here). */
const iri = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9+.-]*:\\S+$' };
const context = { anyOf: [{ const: annoContext }, { type: 'array', contains: { const: annoContext } }] };
const typed = (name: string) => ({ anyOf: [{ const: name }, { type: 'array', contains: { const: name } }] });
const count = { type: 'integer', minimum: 0 };

const selector = {
	type: 'object',
	required: ['type'],
	oneOf: [
		{ properties: { type: { const: 'TextQuoteSelector' }, exact: { type: 'string' }, prefix: { type: 'string' }, suffix: { type: 'string' } }, required: ['exact'] },
		{ properties: { type: { const: 'TextPositionSelector' }, start: count, end: count }, required: ['start', 'end'] },
	],
};

const specificResource = {
	type: 'object',
	required: ['source'],
	properties: { id: iri, source: iri, scope: iri, selector: { anyOf: [selector, { type: 'array', minItems: 1, items: selector }] } },
};

/** A body or target named by its IRI, or described with one. */
const resource = { anyOf: [iri, { type: 'object', required: ['id'], properties: { id: iri } }, specificResource] };

const annotation = (alone: boolean) => ({
	type: 'object',
	required: [...(alone ? ['@context'] : []), 'id', 'type', 'target'],
	properties: {
		'@context': context,
		id: iri,
		type: typed('Annotation'),
		body: { anyOf: [resource, { type: 'array', items: resource }] },
		target: { anyOf: [resource, { type: 'array', minItems: 1, items: resource }] },
	},
});

const page = (alone: boolean, items: object) => ({
	type: 'object',
	required: [...(alone ? ['@context', 'partOf'] : []), 'id', 'type', 'items'],
	properties: {
		'@context': context,
		id: iri,
		type: typed('AnnotationPage'),
		partOf: { anyOf: [iri, { type: 'object', required: ['id'], properties: { id: iri, total: count } }] },
		startIndex: count,
		next: iri,
		prev: iri,
		items: { type: 'array', items },
	},
});

const collection = (items: object) => ({
	type: 'object',
	required: ['@context', 'id', 'type'],
	properties: {
		'@context': context,
		id: iri,
		type: typed('AnnotationCollection'),
		total: count,
		first: { anyOf: [iri, page(false, items)] },
		last: iri,
	},
});

export interface AnnotationModel {
	/** A collection whose pages are files of their own (`first` and `last` are IRIs). */
	pagedCollection: ValidateFunction;
	/** A page of such a collection, served alone. */
	page: ValidateFunction;
	/** A collection with its one page inside, of annotations that can be served alone (a source's annotations). */
	collectionOfAnnotations: ValidateFunction;
	/** A collection with its one page inside, of annotations served only in it (a dossier's citations). */
	collectionOfCitations: ValidateFunction;
}

export function annotationModel(): AnnotationModel {
	const ajv = new Ajv({ allErrors: true });
	return {
		pagedCollection: ajv.compile({ ...collection(annotation(true)), required: ['@context', 'id', 'type', 'first', 'last'] }),
		page: ajv.compile(page(true, annotation(true))),
		collectionOfAnnotations: ajv.compile(collection(annotation(true))),
		collectionOfCitations: ajv.compile(collection(annotation(false))),
	};
}

/** The validator's faults, one line each, or none. */
export function faultsOf(validate: ValidateFunction, data: unknown): string[] {
	return validate(data) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
