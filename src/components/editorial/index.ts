/** The components an editorial page's MDX may use (src/domain/model/editorial.ts checks each use). */
import Cite from './Cite.astro';
import Quote from './Quote.astro';
import Subject from './Subject.astro';
import Value from './Value.astro';
import Wordings from './Wordings.astro';

export const editorialComponents = { Cite, Quote, Subject, Value, Wordings };
