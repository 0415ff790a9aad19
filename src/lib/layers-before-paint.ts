/**
 * The inline script that applies the reader's saved layers (src/domain/views/layers.ts) before an
 * article is painted, so that a saved choice never shifts the layout: only an inline script runs
 * before first paint without a blocking request. The page allows it by its hash (Astro writes
 * the policy before the page's body is rendered, so a page, not a component, must add it).
 */
import { createHash } from 'node:crypto';
import { defaultLayers, serializeLayers, storageKey } from '../domain/views/layers.ts';

const fallback = JSON.stringify(serializeLayers(defaultLayers));

// Storage may be refused (a privacy setting): the page then shows the default.
export const layersBeforePaint = `var d=document.documentElement.dataset;try{d.layers=localStorage.getItem(${JSON.stringify(storageKey)})??${fallback}}catch(e){d.layers=${fallback}}`;

export const layersBeforePaintHash = `sha256-${createHash('sha256').update(layersBeforePaint).digest('base64')}` as const;
