declare namespace App {
	interface Locals {
		/** Set by an editorial page or dossier for the citing components in its MDX. */
		editorial?: import('./components/editorial/context').EditorialRender;
	}
}
